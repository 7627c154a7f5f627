/** The export and import dialogs, as the app shell opens them from the top bar. */
import { useContext } from 'react';
import type { ArticleId } from '../db/records';
import { WorkspaceContext } from '../shell/workspace-context';
import { ExportDialog } from './ExportDialog';
import { ImportSetDialog } from './ImportSetDialog';

/** The dialog to show; an import may start from a file dropped on the window. */
export type SetDialog = { kind: 'export' } | { kind: 'import'; droppedFile?: File };

interface SetDialogsProps {
  dialog: SetDialog | null;
  appVersion: string;
  currentArticleId: ArticleId | null;
  onClose: () => void;
}

/** The open dialog, if any (export waits for the analyst to be ready). */
export function SetDialogs({ dialog, appVersion, currentArticleId, onClose }: SetDialogsProps) {
  const workspace = useContext(WorkspaceContext);
  if (dialog?.kind === 'import') {
    return <ImportSetDialog initialFile={dialog.droppedFile} onClose={onClose} />;
  }
  if (dialog?.kind === 'export' && workspace) {
    return (
      <ExportDialog
        selfId={workspace.analyst.id}
        appVersion={appVersion}
        currentArticleId={currentArticleId}
        onClose={onClose}
      />
    );
  }
  return null;
}

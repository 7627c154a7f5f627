/** The export and import dialogs, as the app shell opens them from the top bar. */
import { useContext } from 'react';
import type { ArticleId } from '../db/records';
import { WorkspaceContext } from '../shell/workspace-context';
import { ExportDialog } from './ExportDialog';
import { ImportSetDialog } from './ImportSetDialog';

export type SetDialog = 'export' | 'import';

interface SetDialogsProps {
  dialog: SetDialog | null;
  appVersion: string;
  currentArticleId: ArticleId | null;
  onClose: () => void;
}

/** The open dialog, if any (export waits for the analyst to be ready). */
export function SetDialogs({ dialog, appVersion, currentArticleId, onClose }: SetDialogsProps) {
  const workspace = useContext(WorkspaceContext);
  if (dialog === 'import') return <ImportSetDialog onClose={onClose} />;
  if (dialog === 'export' && workspace) {
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

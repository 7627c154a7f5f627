/** The export and import dialogs, as the app shell opens them from the top bar. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useContext } from 'react';
import type { ArticleId } from '../db/records';
import { WorkspaceContext } from '../shell/workspace-context';
import { readAnalyst } from '../store/analyst-repository';
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

/**
 * The open dialog, if any. Export needs the analyst's id alone: opened before the workspace
 * is set up (its undo history read, the codebook stored: the first seconds after start-up),
 * it takes the stored analyst, and waits only on a profile that has none yet.
 */
export function SetDialogs({ dialog, appVersion, currentArticleId, onClose }: SetDialogsProps) {
  const workspace = useContext(WorkspaceContext);
  const isEarlyExport = dialog?.kind === 'export' && workspace === null;
  const stored = useLiveQuery(() => (isEarlyExport ? readAnalyst() : undefined), [isEarlyExport]);
  const selfId = workspace?.analyst.id ?? stored?.id;
  if (dialog?.kind === 'import') {
    return <ImportSetDialog initialFile={dialog.droppedFile} onClose={onClose} />;
  }
  if (dialog?.kind === 'export' && selfId) {
    return (
      <ExportDialog
        selfId={selfId}
        appVersion={appVersion}
        currentArticleId={currentArticleId}
        onClose={onClose}
      />
    );
  }
  return null;
}

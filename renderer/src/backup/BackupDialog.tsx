/** File > Back up workspace… and File > Restore…: one dialog, both halves. */
import { ModalDialog } from '../shell/ModalDialog';
import { BackupPanel } from './BackupPanel';
import { RestorePanel } from './RestorePanel';
import '../styles/backup.css';

/** Which command opened the dialog: "backup" starts a backup at once. */
export type BackupDialogMode = 'backup' | 'restore' | 'browse';

interface BackupDialogProps {
  mode: BackupDialogMode;
  onClose: () => void;
}

/** Reloads the page, which opens the restored database (`active-database.ts`). */
const reloadAfterRestore = () => setTimeout(() => location.reload(), 600);

export function BackupDialog({ mode, onClose }: BackupDialogProps) {
  return (
    <ModalDialog className="backup-dialog" labelledBy="backup-dialog-heading" onClose={onClose}>
      <h2 id="backup-dialog-heading">Back up and restore the workspace</h2>
      <BackupPanel startAtOnce={mode === 'backup'} />
      <RestorePanel onRestored={reloadAfterRestore} />
      <div className="backup-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}

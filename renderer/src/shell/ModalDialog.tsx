/**
 * A modal `<dialog>` that opens when it mounts (see `useModalDialog`) and turns the
 * browser's Escape (`cancel`) into `onClose`, so the owner decides when it unmounts.
 */
import type { ReactNode } from 'react';
import { useModalDialog } from './useModalDialog';

interface ModalDialogProps {
  className: string;
  /** The id of the element that names the dialog (its heading). */
  labelledBy: string;
  onClose: () => void;
  children: ReactNode;
}

export function ModalDialog({ className, labelledBy, onClose, children }: ModalDialogProps) {
  const dialogRef = useModalDialog();
  return (
    <dialog
      ref={dialogRef}
      className={className}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}

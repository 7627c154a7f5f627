import { useEffect } from 'react';

/**
 * Calls `onClose` on Escape anywhere in the window, as the reader does, unless a control
 * already used the key (`preventDefault`), as a field cancelling its draft does.
 */
export function useEscapeToClose(onClose: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onClose();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onClose]);
}

import { useEscapeLayer } from '../shell/useEscapeLayer';

/**
 * Calls `onClose` on Escape anywhere in the window, as the reader does: the screen is the
 * bottom layer of Escape (`useEscapeLayer`), so an open modal dialog, or a control that
 * already used the key (`preventDefault`, as a field cancelling its draft does), keeps it.
 */
export function useEscapeToClose(onClose: () => void): void {
  useEscapeLayer('screen', () => {
    onClose();
    return true;
  });
}

import { useEffect } from 'react';

/**
 * Steps through the review list with j/k or ]/[, undoes the last action (an accept) with
 * Ctrl/Cmd+Z, and closes on Escape, unless the key is typed into a field or a control
 * already used it.
 */
export function useReviewKeys(
  onStep: (step: 1 | -1) => void,
  onClose: () => void,
  onUndo: () => void,
): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (event.ctrlKey || event.metaKey) {
        if (event.key.toLowerCase() !== 'z' || event.shiftKey) return;
        event.preventDefault();
        onUndo();
        return;
      }
      if (event.key === 'j' || event.key === ']') onStep(1);
      else if (event.key === 'k' || event.key === '[') onStep(-1);
      else if (event.key === 'Escape') onClose();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onStep, onClose, onUndo]);
}

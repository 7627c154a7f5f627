import { useEffect, useEffectEvent } from 'react';
import { isMac } from '../format/shortcut-label';
import type { LibraryRowActions } from './useLibraryRowActions';

/** Whether keys go to a text field (its own undo), not to a checkbox or a button. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * Ctrl+Z and Ctrl+Shift+Z (⌘ on macOS; Ctrl+Y too) undo and redo from the library while it
 * is on screen, so a delete there is undone where it was made. Keys typed in a field are
 * the field's own.
 */
export function useLibraryUndoKeys(isActive: boolean, actions: LibraryRowActions): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || isTypingTarget(event.target) || event.altKey) return;
    if (!(isMac ? event.metaKey : event.ctrlKey)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      actions.undo();
    } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !isMac)) {
      event.preventDefault();
      actions.redo();
    }
  });
  useEffect(() => {
    if (!isActive) return;
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [isActive]);
}

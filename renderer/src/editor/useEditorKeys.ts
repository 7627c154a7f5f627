import { useEffect, useEffectEvent } from 'react';

/** What the editor's keys do; the workspace decides with its own state. */
export interface EditorKeyHandlers {
  /** Whether a dialog (palette, occurrences) owns the keyboard now. */
  isDialogOpen: boolean;
  hasSelection: boolean;
  hasFocus: boolean;
  undo(): void;
  redo(): void;
  openPalette(): void;
  /** A plain character while text is selected: one stroke of a label's key sequence. */
  stroke(key: string): void;
  cancelStrokes(): boolean;
  step(direction: 1 | -1, isSameLabel: boolean): void;
  deleteFocused(): void;
  clearFocus(): void;
}

function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
      (target.isContentEditable && target.getAttribute('aria-readonly') !== 'true'))
  );
}

/**
 * The editor's keyboard, window-wide while the editor is open:
 * Mod+Z / Mod+Shift+Z / Mod+Y undo and redo; Mod+K or Enter the palette; with text
 * selected, label keys (two strokes: category, item); without, `]` `[` next and previous
 * annotation, `}` `{` the same with the same label, Delete removes the focused one and
 * Escape drops the focus. An Escape it uses is marked handled, so the reader stays open.
 */
export function useEditorKeys(handlers: EditorKeyHandlers): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (handlers.isDialogOpen || event.defaultPrevented || isTypingTarget(event.target)) return;
    const isMod = event.ctrlKey || event.metaKey;
    const key = event.key;
    const handled = () => event.preventDefault();
    if (isMod && !event.altKey) {
      const lower = key.toLowerCase();
      if (lower === 'z') {
        handled();
        if (event.shiftKey) handlers.redo();
        else handlers.undo();
      } else if (lower === 'y') {
        handled();
        handlers.redo();
      } else if (lower === 'k' && (handlers.hasSelection || handlers.hasFocus)) {
        handled();
        handlers.openPalette();
      }
      return;
    }
    if (event.altKey) return;
    if (key === 'Escape') {
      if (handlers.cancelStrokes()) return handled();
      if (handlers.hasFocus) {
        handled();
        handlers.clearFocus();
      }
      return;
    }
    if (handlers.hasSelection) {
      if (key === 'Enter') {
        handled();
        handlers.openPalette();
      } else if (key.length === 1 && key !== ' ') {
        handled();
        handlers.stroke(key.toLowerCase());
      }
      return;
    }
    const steps: Record<string, [1 | -1, boolean]> = {
      ']': [1, false],
      '[': [-1, false],
      '}': [1, true],
      '{': [-1, true],
    };
    const step = steps[key];
    if (step) {
      handled();
      handlers.step(...step);
    } else if ((key === 'Delete' || key === 'Backspace') && handlers.hasFocus) {
      handled();
      handlers.deleteFocused();
    } else if (key === 'Enter' && handlers.hasFocus) {
      handled();
      handlers.openPalette();
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}

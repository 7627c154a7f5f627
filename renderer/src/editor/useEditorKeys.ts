import { useEffect, useEffectEvent } from 'react';
import { useEscapeLayer } from '../shell/useEscapeLayer';

/** What the editor's keys do; the workspace decides with its own state. */
export interface EditorKeyHandlers {
  /** Whether a dialog (palette, occurrences) owns the keyboard now (it also takes Escape). */
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

// Where Escape first leaves the field: text being typed may be a draft saved on blur.
function isTextEntry(target: EventTarget | null): target is HTMLElement {
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
      target.type,
    );
  return isTypingTarget(target) && !(target instanceof HTMLSelectElement);
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
 * annotation, `}` `{` the same with the same label, Delete removes the focused one.
 * Escape is a layer above the reader's (`useEscapeLayer`): it leaves a text field, else
 * cancels a pending label key, else drops the focus, and only when there was none of these
 * does the reader close the article.
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
  useEscapeLayer('tool', (event) => {
    if (isTextEntry(event.target)) {
      event.target.blur();
      return true;
    }
    if (handlers.cancelStrokes()) return true;
    if (!handlers.hasFocus) return false;
    handlers.clearFocus();
    return true;
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}

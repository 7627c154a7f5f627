import { useEffect, useEffectEvent } from 'react';
import { KEY_TABLE, matchesKey, type KeyBinding } from '../help/key-table';
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
  /** `l` with an annotation focused: link it (a claim) to its source by keyboard. */
  startLink(): void;
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
 * annotation, `}` `{` the same with the same label, Delete removes the focused one, `l`
 * links a focused claim to its source (`useLinkMode` then owns the keys).
 * Escape is a layer above the reader's (`useEscapeLayer`): it leaves a text field, else
 * cancels a pending label key, else drops the focus, and only when there was none of these
 * does the reader close the article.
 */
export function useEditorKeys(handlers: EditorKeyHandlers): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (handlers.isDialogOpen || event.defaultPrevented || isTypingTarget(event.target)) return;
    const key = event.key;
    const handled = () => event.preventDefault();
    // Keys come from the app's key table (`help/key-table.ts`), which the cheat sheet shows.
    const is = (binding: KeyBinding) => matchesKey(event, binding);
    if (is(KEY_TABLE.undo)) {
      handled();
      handlers.undo();
      return;
    }
    if (is(KEY_TABLE.redo)) {
      handled();
      handlers.redo();
      return;
    }
    if ((event.ctrlKey || event.metaKey) && !event.altKey) {
      if (is(KEY_TABLE.palette) && (handlers.hasSelection || handlers.hasFocus)) {
        handled();
        handlers.openPalette();
      }
      return;
    }
    if (event.altKey) return;
    if (handlers.hasSelection) {
      if (is(KEY_TABLE.palette)) {
        handled();
        handlers.openPalette();
      } else if (key.length === 1 && key !== ' ') {
        handled();
        handlers.stroke(key.toLowerCase());
      }
      return;
    }
    const steps: [KeyBinding, 1 | -1, boolean][] = [
      [KEY_TABLE.nextAnnotation, 1, false],
      [KEY_TABLE.previousAnnotation, -1, false],
      [KEY_TABLE.nextSameLabel, 1, true],
      [KEY_TABLE.previousSameLabel, -1, true],
    ];
    const step = steps.find(([binding]) => is(binding));
    if (step) {
      handled();
      handlers.step(step[1], step[2]);
    } else if (is(KEY_TABLE.deleteFocused) && handlers.hasFocus) {
      handled();
      handlers.deleteFocused();
    } else if (is(KEY_TABLE.relabel) && handlers.hasFocus) {
      handled();
      handlers.openPalette();
    } else if (is(KEY_TABLE.linkSource) && handlers.hasFocus) {
      handled();
      handlers.startLink();
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

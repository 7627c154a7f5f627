/** The editor's status line: the selection's offsets, pending label keys, the last message. */
import { getItem, resolveKeySequence, type CodebookIndex } from '../codebook/codebook-lookup';
import { categoryKeys } from '../help/label-keys';
import type { TextRange } from '../reader/selection-offsets';

interface EditorStatusProps {
  selection: TextRange | null;
  strokes: string[];
  codebook: CodebookIndex;
  message: string | null;
  snapToWords: boolean;
  onSnapToWordsChange: (value: boolean) => void;
}

function selectionLabel(range: TextRange | null): string {
  if (!range) return 'No selection';
  if (range.start === range.end) return `Caret at ${range.start}`;
  return `Selection ${range.start}–${range.end} (${range.end - range.start} characters)`;
}

/** One line under the text; `aria-live` so screen readers hear what an action did. */
export function EditorStatus({
  selection,
  strokes,
  codebook,
  message,
  snapToWords,
  onSnapToWordsChange,
}: EditorStatusProps) {
  const pending = resolveKeySequence(codebook, strokes);
  // After a category key, the item keys it leads to, so nobody has to remember them.
  const pendingLabel =
    strokes.length > 0 && pending.kind === 'category'
      ? `${getItem(codebook, pending.item.id)?.label ?? ''} › ${categoryKeys(
          codebook,
          pending.item.id,
        )
          .map(({ item, strokes: keys }) => `${keys.at(-1)} ${item.label}`)
          .join(' · ')} (Esc cancels, Enter for the palette)`
      : null;
  const hasSelection = selection !== null && selection.start !== selection.end;
  return (
    <footer className="reader-status">
      <span data-testid="selection-status">{selectionLabel(selection)}</span>
      <span
        className={pendingLabel ? 'status-message is-listing' : 'status-message'}
        aria-live="polite"
      >
        {pendingLabel ??
          message ??
          (hasSelection
            ? 'Press a label key (e then p: Person) or Enter for the palette'
            : '] [ move between annotations · Ctrl+Z undo · ? all keys')}
      </span>
      <label className="snap-toggle">
        <input
          type="checkbox"
          checked={snapToWords}
          onChange={(event) => onSnapToWordsChange(event.target.checked)}
        />
        Snap to words
      </label>
    </footer>
  );
}

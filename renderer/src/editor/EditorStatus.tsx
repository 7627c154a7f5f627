/** The editor's status line: the selection's offsets, pending label keys, the last message. */
import { getItem, resolveKeySequence, type CodebookIndex } from '../codebook/codebook-lookup';
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
  const pendingLabel =
    strokes.length > 0 && pending.kind === 'category'
      ? `${getItem(codebook, pending.item.id)?.label ?? ''} › press an item key (Esc cancels)`
      : null;
  const hasSelection = selection !== null && selection.start !== selection.end;
  return (
    <footer className="reader-status">
      <span data-testid="selection-status">{selectionLabel(selection)}</span>
      <span className="status-message" aria-live="polite">
        {pendingLabel ??
          message ??
          (hasSelection
            ? 'Press a label key (e then p: Person) or Enter for the palette'
            : '] [ move between annotations · Ctrl+Z undo')}
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

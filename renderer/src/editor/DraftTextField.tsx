import { useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { hasFormatting, toggleWrap } from '../annotation/light-markdown';
import { NoteText } from './NoteText';

interface DraftTextFieldProps {
  label: string;
  value: string;
  /**
   * The record `value` belongs to. Another record starts a new draft even when the two
   * values are equal: the details form stays mounted from one annotation to the next.
   */
  ownerId: string;
  placeholder?: string;
  rows?: number;
  /**
   * A note in light Markdown: Ctrl+B, Ctrl+I and Ctrl+E wrap the selection in bold, italic
   * or code, and the formatted note shows under the field.
   */
  isRichText?: boolean;
  onCommit: (value: string) => void;
}

const FORMAT_KEYS: Readonly<Record<string, string>> = { b: '**', i: '*', e: '`' };

/**
 * A text area saved when it loses focus or on Ctrl+Enter: one undo step per edit rather
 * than one per key. Shows the stored value again when it changes underneath (undo, redo)
 * or when the field shows another record's value.
 */
export function DraftTextField({
  label,
  value,
  ownerId,
  placeholder,
  rows = 3,
  isRichText = false,
  onCommit,
}: DraftTextFieldProps) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState({ value, ownerId });
  if (value !== shown.value || ownerId !== shown.ownerId) {
    setShown({ value, ownerId });
    setDraft(value);
  }
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const isMod = event.ctrlKey || event.metaKey;
    if (event.key === 'Enter' && isMod) return commit();
    const marker = isRichText && isMod && !event.shiftKey && FORMAT_KEYS[event.key.toLowerCase()];
    if (!marker) return;
    event.preventDefault();
    const area = event.currentTarget;
    const next = toggleWrap(draft, area.selectionStart, area.selectionEnd, marker);
    // React writes the new value now, so the selection is set before the next key is
    // handled: set later (in a frame), it could land after the user's next key and select
    // the text that key should have left (End, then typing, replaced the bold words).
    flushSync(() => setDraft(next.value));
    area.setSelectionRange(next.start, next.end);
  };
  return (
    <>
      <label className="field">
        <span>{label}</span>
        <textarea
          rows={rows}
          value={draft}
          placeholder={placeholder}
          aria-keyshortcuts={isRichText ? 'Control+B Control+I Control+E' : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
      </label>
      {/* Beside the label, not in it: the field's accessible name stays its label. */}
      {isRichText && hasFormatting(draft) && (
        <div className="note-preview" role="region" aria-label={`Formatted ${label.toLowerCase()}`}>
          <NoteText note={draft} />
        </div>
      )}
    </>
  );
}

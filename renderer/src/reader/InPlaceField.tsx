/**
 * One metadata field of the reader's header, edited where it is shown: Enter or a click
 * opens it, Enter saves, Escape cancels (and only cancels: the reader stays open), leaving
 * the field saves as the profile's text fields do.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface InPlaceFieldProps {
  label: string;
  /** The field's text as the analyst edits it (`''` for none). */
  value: string;
  /** How the value is shown when not editing ("none" is shown when it is empty). */
  display: ReactNode;
  /** A tooltip on the shown value: where it comes from. */
  source: string;
  /** The input's placeholder, such as the expected format. */
  format?: string;
  /** Whether the header's first-level heading holds this field (the title). */
  isHeading?: boolean;
  /** Set when the value is the analyst's correction: puts back what ingestion found. */
  onRestore?: () => void;
  /** Saves `raw`; answers why it was not saved, or `null`. */
  onSave: (raw: string) => Promise<string | null>;
}

/** The field: a button showing the value, an input while editing, and a line for errors. */
export function InPlaceField({
  label,
  value,
  display,
  source,
  format,
  isHeading = false,
  onRestore,
  onSave,
}: InPlaceFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Set when Enter or Escape closes the field, so the blur that follows does not save again.
  const isClosing = useRef(false);
  // Set when the keyboard closes the field; a click elsewhere keeps the focus where it went.
  const shouldRefocus = useRef(false);
  const id = useId();
  const errorId = `${id}-error`;
  const isEditing = draft !== null;

  useEffect(() => {
    // Back on the shown value after Enter or Escape, so the keyboard continues from here.
    if (isEditing || !shouldRefocus.current) return;
    shouldRefocus.current = false;
    buttonRef.current?.focus();
  }, [isEditing]);

  const open = () => {
    isClosing.current = false;
    setError(null);
    setDraft(value);
  };
  const cancel = () => {
    isClosing.current = true;
    setError(null);
    setDraft(null);
  };
  const save = async () => {
    if (draft === null) return;
    if (draft === value) return cancel();
    const problem = await onSave(draft);
    if (problem) {
      isClosing.current = false;
      setError(problem);
    } else {
      isClosing.current = true;
      setDraft(null);
    }
  };

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' && event.key !== 'Escape') return;
    // Handled here only: the reader closes on Escape and the editor opens its palette on Enter.
    event.preventDefault();
    event.stopPropagation();
    shouldRefocus.current = true;
    if (event.key === 'Escape') cancel();
    else {
      isClosing.current = true;
      void save();
    }
  };

  const Wrapper = isHeading ? 'h1' : 'span';
  const className = `${isHeading ? 'meta-title' : 'meta-field'}${onRestore ? ' is-edited' : ''}`;
  return (
    <Wrapper className={className} id={isHeading ? 'reader-title' : undefined}>
      {!isHeading && (
        <span className="meta-label" id={`${id}-label`}>
          {label}
        </span>
      )}
      {isEditing ? (
        <input
          className="meta-input"
          type="text"
          aria-label={label}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          placeholder={format}
          value={draft}
          spellCheck={false}
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => {
            setDraft(event.target.value);
            setError(null);
          }}
          onKeyDown={onInputKeyDown}
          onBlur={() => {
            if (!isClosing.current) void save();
          }}
          size={Math.min(60, Math.max(12, draft.length + 2))}
        />
      ) : (
        <button
          ref={buttonRef}
          id={`${id}-value`}
          type="button"
          className="meta-value"
          // The title keeps a heading whole when the folded header cuts it to one line.
          title={
            isHeading && value
              ? `${value}\n${source}\nEnter to correct`
              : `${source}\nEnter to correct`
          }
          // Named "Byline Kadir Duran…": the label, then the value shown.
          aria-labelledby={isHeading ? undefined : `${id}-label ${id}-value`}
          onClick={open}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            event.stopPropagation();
            open();
          }}
        >
          {value === '' ? <span className="meta-none">none</span> : display}
        </button>
      )}
      {onRestore && !isEditing && (
        <button
          type="button"
          className="meta-restore"
          aria-label={`Restore the ${label.toLowerCase()} found in the text`}
          title={`Restore what was found in the text`}
          onClick={() => {
            onRestore();
            buttonRef.current?.focus();
          }}
        >
          ↺
        </button>
      )}
      {error && (
        <span id={errorId} className="meta-error" role="alert">
          {error}
        </span>
      )}
    </Wrapper>
  );
}

/**
 * One editable text value of an item as its own small form: Enter or the button saves it
 * as a new codebook version, a refusal shows inline as an alert next to the field.
 * Saving per field, not per form, keeps each version one understandable change.
 */
import { useId, type Ref } from 'react';
import { useFieldDraft, type SaveField } from './useFieldDraft';

interface TextFieldFormProps {
  label: string;
  saved: string;
  save: SaveField;
  submitLabel: string;
  hint?: string;
  inputRef?: Ref<HTMLInputElement>;
  inputSize?: number;
  className?: string;
}

export function TextFieldForm({
  label,
  saved,
  save,
  submitLabel,
  hint,
  inputRef,
  inputSize,
  className,
}: TextFieldFormProps) {
  const field = useFieldDraft(saved, save);
  const id = useId();
  const describedBy = [hint && `${id}-hint`, field.error && `${id}-error`].filter(Boolean);
  return (
    <form
      className={`codebook-field ${className ?? ''}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (field.isChanged) void field.submit();
      }}
    >
      <label htmlFor={`${id}-input`}>{label}</label>
      <div className="codebook-field-row">
        <input
          id={`${id}-input`}
          ref={inputRef}
          value={field.draft}
          size={inputSize}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={field.error ? true : undefined}
          aria-describedby={describedBy.join(' ') || undefined}
          onChange={(event) => field.change(event.target.value)}
          onKeyDown={field.onKeyDown}
        />
        <button type="submit" disabled={!field.isChanged}>
          {submitLabel}
        </button>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="codebook-field-hint">
          {hint}
        </p>
      )}
      {field.error && (
        <p id={`${id}-error`} role="alert" className="codebook-field-error">
          {field.error}
        </p>
      )}
    </form>
  );
}

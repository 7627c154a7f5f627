/**
 * Moving an item under another parent. Every item is offered, including the item and its
 * descendants: `moveItem` refuses a cycle with a message that explains why.
 */
import { useId, useMemo } from 'react';
import type { CodebookIndex } from '../codebook/codebook-lookup';
import type { CodebookItem } from '../codebook/codebook-types';
import { parentChoices } from './tree-rows';
import { useFieldDraft, type SaveField } from './useFieldDraft';

interface ParentFieldProps {
  index: CodebookIndex;
  item: CodebookItem;
  save: SaveField;
}

export function ParentField({ index, item, save }: ParentFieldProps) {
  const field = useFieldDraft(item.parentId ?? '', save);
  const choices = useMemo(() => parentChoices(index), [index]);
  const id = useId();
  return (
    <form
      className="codebook-field"
      onSubmit={(event) => {
        event.preventDefault();
        if (field.isChanged) void field.submit();
      }}
    >
      <label htmlFor={`${id}-select`}>Parent</label>
      <div className="codebook-field-row">
        <select
          id={`${id}-select`}
          value={field.draft}
          aria-invalid={field.error ? true : undefined}
          aria-describedby={field.error ? `${id}-error` : undefined}
          onChange={(event) => field.change(event.target.value)}
          onKeyDown={field.onKeyDown}
        >
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
        <button type="submit" disabled={!field.isChanged}>
          Move
        </button>
      </div>
      {field.error && (
        <p id={`${id}-error`} role="alert" className="codebook-field-error">
          {field.error}
        </p>
      )}
    </form>
  );
}

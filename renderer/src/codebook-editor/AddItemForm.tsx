/**
 * Adding an item under a category. The id is suggested from the label and the category
 * (`entity.spokesperson`) and shown before saving, because it can never change afterwards:
 * annotations store it.
 */
import { useId, useMemo, useState } from 'react';
import { addItem, suggestItemId } from '../codebook/codebook-edits';
import type { CodebookIndex } from '../codebook/codebook-lookup';
import type { CodebookItemId } from '../codebook/codebook-types';
import { FALLBACK_COLOUR } from '../codebook/codebook-schema';
import { parentChoices } from './tree-rows';
import type { SaveEdit } from './useCodebookEdits';

interface AddItemFormProps {
  index: CodebookIndex;
  initialParentId: CodebookItemId | undefined;
  saveEdit: SaveEdit;
  onAdded: (id: CodebookItemId) => void;
  onCancel: () => void;
}

export function AddItemForm({
  index,
  initialParentId,
  saveEdit,
  onAdded,
  onCancel,
}: AddItemFormProps) {
  const [label, setLabel] = useState('');
  const [key, setKey] = useState('');
  const [parent, setParent] = useState<string>(initialParentId ?? '');
  const [error, setError] = useState<string | null>(null);
  const choices = useMemo(() => parentChoices(index), [index]);
  const formId = useId();
  const parentId = (parent || undefined) as CodebookItemId | undefined;
  const suggestedId = suggestItemId(index.codebook, label, parentId);

  const submit = async () => {
    let addedId: CodebookItemId | undefined;
    const refusal = await saveEdit((codebook) => {
      // Suggested again from the stored codebook: an id taken meanwhile gets a suffix.
      addedId = suggestItemId(codebook, label, parentId);
      return addItem(codebook, {
        id: addedId,
        label: label.trim(),
        // A new item starts in its category's colour; the analyst can change it next.
        colour: (parentId && index.byId.get(parentId)?.colour) || FALLBACK_COLOUR,
        ...(parentId !== undefined && { parentId }),
        ...(key !== '' && { key }),
      });
    }, `Added “${label.trim()}”.`);
    setError(refusal);
    if (refusal === null && addedId) onAdded(addedId);
  };

  return (
    <form
      className="codebook-details codebook-add"
      aria-labelledby={`${formId}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Escape leaves the form, not the whole editor.
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${formId}-title`}>Add item</h2>
      <div className="codebook-field">
        <label htmlFor={`${formId}-parent`}>Under</label>
        <select
          id={`${formId}-parent`}
          value={parent}
          onChange={(event) => setParent(event.target.value)}
        >
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <div className="codebook-field">
        <label htmlFor={`${formId}-label`}>Label</label>
        <input
          id={`${formId}-label`}
          value={label}
          autoFocus
          autoComplete="off"
          onChange={(event) => setLabel(event.target.value)}
        />
        <p className="codebook-field-hint">
          Id: <code>{suggestedId}</code> (annotations store it; it never changes)
        </p>
      </div>
      <div className="codebook-field codebook-key-field">
        <label htmlFor={`${formId}-key`}>Shortcut key (optional)</label>
        <input
          id={`${formId}-key`}
          value={key}
          size={3}
          autoComplete="off"
          onChange={(event) => setKey(event.target.value)}
        />
      </div>
      {error && (
        <p role="alert" className="codebook-field-error">
          {error}
        </p>
      )}
      <div className="codebook-add-actions">
        <button type="submit" className="button-primary" disabled={label.trim() === ''}>
          Add item
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

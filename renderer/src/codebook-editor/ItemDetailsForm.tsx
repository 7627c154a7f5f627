/**
 * The selected item's details: what it is (id, path, scope, description, external labels)
 * and the edits the codebook model offers (rename, recolour, re-key, move, retire). Each
 * field saves on its own, as one new codebook version.
 */
import type { Ref } from 'react';
import { ancestry, childrenOf, pathLabel, type CodebookIndex } from '../codebook/codebook-lookup';
import {
  moveItem,
  recolourItem,
  rekeyItem,
  renameItem,
  retireItem,
  unretireItem,
} from '../codebook/codebook-edits';
import type { CodebookItem, CodebookItemId } from '../codebook/codebook-types';
import { ColourField } from './ColourField';
import { ParentField } from './ParentField';
import { RetireField } from './RetireField';
import { TextFieldForm } from './TextFieldForm';
import { externalLabelSummary } from './tree-rows';
import type { SaveEdit } from './useCodebookEdits';

interface ItemDetailsFormProps {
  index: CodebookIndex;
  item: CodebookItem;
  saveEdit: SaveEdit;
  /** The label input, focused when the analyst presses Enter in the tree. */
  labelInputRef: Ref<HTMLInputElement>;
}

const SCOPE_TEXT = {
  span: 'Spans of text',
  document: 'Whole documents',
  both: 'Spans and whole documents',
};

export function ItemDetailsForm({ index, item, saveEdit, labelInputRef }: ItemDetailsFormProps) {
  const id = item.id;
  const external = externalLabelSummary(item);
  const retiredAncestor = ancestry(index, id)
    .slice(0, -1)
    .reverse()
    .find((above) => above.retired);
  const siblings = childrenOf(index, item.parentId, true);
  const parentLabel = (parentId: string) =>
    parentId ? `under “${index.byId.get(parentId)?.label ?? parentId}”` : 'to the top level';

  return (
    <div className="codebook-details" aria-labelledby="codebook-details-title" role="group">
      <header className="codebook-details-header">
        <h2 id="codebook-details-title">{item.label}</h2>
        <p className="codebook-details-meta">
          <code title="The id annotations store; it never changes">{id}</code>
          <span>{pathLabel(index, id, true)}</span>
          <span>{SCOPE_TEXT[item.scope]}</span>
        </p>
        {item.description && <p className="codebook-description">{item.description}</p>}
        {external && <p className="codebook-external">External labels: {external}</p>}
      </header>
      <TextFieldForm
        label="Label"
        saved={item.label}
        submitLabel="Rename"
        inputRef={labelInputRef}
        hint="Renaming keeps the id, so existing annotations show the new label."
        save={(label) =>
          saveEdit(
            (codebook) => renameItem(codebook, id, label),
            `Renamed “${item.label}” to “${label.trim()}”.`,
          )
        }
      />
      <ColourField
        item={item}
        siblings={siblings}
        save={(colour) =>
          saveEdit((codebook) => recolourItem(codebook, id, colour), `Recoloured “${item.label}”.`)
        }
      />
      <TextFieldForm
        label="Shortcut key"
        saved={item.key ?? ''}
        submitLabel="Set key"
        inputSize={3}
        className="codebook-key-field"
        hint={
          item.parentId === undefined
            ? 'One character, unique among top-level categories. Empty for none.'
            : 'One character, unique within its top-level category. Empty for none.'
        }
        save={(key) =>
          saveEdit(
            (codebook) => rekeyItem(codebook, id, key === '' ? undefined : key),
            key === ''
              ? `Removed the key of “${item.label}”.`
              : `“${item.label}” now has key ${key.toUpperCase()}.`,
          )
        }
      />
      <ParentField
        index={index}
        item={item}
        save={(parentId) =>
          saveEdit(
            (codebook) =>
              moveItem(codebook, id, (parentId || undefined) as CodebookItemId | undefined),
            `Moved “${item.label}” ${parentLabel(parentId)}.`,
          )
        }
      />
      <RetireField
        item={item}
        retiredAncestor={retiredAncestor}
        setRetired={(isRetired) =>
          saveEdit(
            (codebook) => (isRetired ? retireItem(codebook, id) : unretireItem(codebook, id)),
            isRetired ? `Retired “${item.label}”.` : `Brought back “${item.label}”.`,
          )
        }
      />
    </div>
  );
}

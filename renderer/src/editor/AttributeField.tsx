/** One attribute of an annotation as a form control, by the attribute's kind. */
import { DraftTextField } from './DraftTextField';
import type { AttributeValue } from '../annotation/types';
import { childrenOf, type CodebookIndex } from '../codebook/codebook-lookup';
import type { AttributeDefinition } from '../codebook/codebook-types';
import type { AttributeChange } from './annotation-edits';

interface AttributeFieldProps {
  definition: AttributeDefinition;
  value: AttributeValue | undefined;
  /** The record whose attribute this is: a text field's draft belongs to it. */
  ownerId: string;
  codebook: CodebookIndex;
  /** Called with how the stored value changes (see `AttributeChange`). */
  onChange: (change: AttributeChange) => void;
}

const setTo =
  (value: AttributeValue | undefined): AttributeChange =>
  () =>
    value;

function asList(value: AttributeValue | undefined): string[] {
  if (Array.isArray(value)) return value;
  return typeof value === 'string' && value !== '' ? [value] : [];
}

function CheckList({
  name,
  options,
  chosen,
  onChange,
}: {
  name: string;
  options: { value: string; label: string }[];
  chosen: string[];
  onChange: (change: AttributeChange) => void;
}) {
  return (
    <fieldset className="check-list">
      <legend>{name}</legend>
      {options.map((option) => (
        <label key={option.value}>
          <input
            type="checkbox"
            checked={chosen.includes(option.value)}
            onChange={(event) => {
              const isChecked = event.target.checked;
              // A tick adds or removes its option from the list as stored, not as shown.
              onChange((current) => {
                const rest = asList(current).filter((value) => value !== option.value);
                return isChecked ? [...rest, option.value] : rest;
              });
            }}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** The control for `definition`, showing `value` and reporting changes. */
export function AttributeField({
  definition,
  value,
  ownerId,
  codebook,
  onChange,
}: AttributeFieldProps) {
  switch (definition.kind) {
    case 'flag':
      return (
        <label className="field field-flag">
          <input
            type="checkbox"
            checked={value === true}
            onChange={(event) => onChange(setTo(event.target.checked ? true : undefined))}
          />
          {definition.label}
        </label>
      );
    case 'text':
      return (
        <DraftTextField
          label={definition.label}
          value={typeof value === 'string' ? value : ''}
          ownerId={ownerId}
          onCommit={(text) => onChange(setTo(text.trim() === '' ? undefined : text))}
        />
      );
    case 'item-choice': {
      const options = childrenOf(codebook, definition.fromParentId).map((item) => ({
        value: item.id as string,
        label: item.label,
      }));
      return (
        <CheckList
          name={definition.label}
          options={options}
          chosen={asList(value)}
          onChange={onChange}
        />
      );
    }
    case 'choice':
      if (definition.isMulti) {
        return (
          <CheckList
            name={definition.label}
            options={[...definition.options]}
            chosen={asList(value)}
            onChange={onChange}
          />
        );
      }
      return (
        <label className="field">
          <span>{definition.label}</span>
          <select
            value={typeof value === 'string' ? value : ''}
            onChange={(event) =>
              onChange(setTo(event.target.value === '' ? undefined : event.target.value))
            }
          >
            <option value="">—</option>
            {definition.options.map((option) => (
              <option key={option.value} value={option.value} title={option.description}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      );
  }
}

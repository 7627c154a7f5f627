/**
 * An item's colour: a colour picker and its hex text kept in step, the contrast of the
 * candidate colour as the reader will draw it, and a warning before a hard-to-read or
 * look-alike colour is saved (saving is still allowed: the analyst may know better).
 */
import { useId } from 'react';
import type { CodebookItem } from '../codebook/codebook-types';
import { checkColour, formatRatio, type ContrastMeasure } from './contrast-check';
import { useFieldDraft, type SaveField } from './useFieldDraft';

interface ColourFieldProps {
  item: CodebookItem;
  siblings: readonly CodebookItem[];
  save: SaveField;
}

function Measure({ name, measure }: { name: string; measure: ContrastMeasure }) {
  return (
    <li className={measure.isEnough ? 'is-enough' : 'is-low'}>
      {name}: {formatRatio(measure.ratio)} ({measure.isEnough ? 'meets' : 'below'}{' '}
      {formatRatio(measure.minimum)})
    </li>
  );
}

export function ColourField({ item, siblings, save }: ColourFieldProps) {
  const field = useFieldDraft(item.colour, save);
  const id = useId();
  const normalised = field.draft.trim().toLowerCase();
  const check = checkColour(normalised, item.id, siblings);
  const warnings: string[] = [];
  if (check && !check.tintText.isEnough) {
    warnings.push('Dark text on this tint is hard to read (below WCAG AA).');
  }
  if (check && !check.underline.isEnough) {
    warnings.push('An underline in this colour is hard to see on white.');
  }
  if (check?.closeSibling) {
    warnings.push(
      `Looks like “${check.closeSibling.item.label}” (difference ${check.closeSibling.difference.toFixed(0)}, aim for 15 or more).`,
    );
  }
  return (
    <form
      className="codebook-field"
      onSubmit={(event) => {
        event.preventDefault();
        if (field.isChanged) void field.submit();
      }}
    >
      <label htmlFor={`${id}-hex`}>Colour</label>
      <div className="codebook-field-row">
        <input
          type="color"
          aria-label="Colour picker"
          // The picker only accepts #rrggbb: while the hex text is half typed it keeps the saved colour.
          value={check ? normalised : item.colour}
          onChange={(event) => field.change(event.target.value)}
        />
        <input
          id={`${id}-hex`}
          className="codebook-hex-input"
          value={field.draft}
          size={9}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={field.error ? true : undefined}
          aria-describedby={`${id}-check${field.error ? ` ${id}-error` : ''}`}
          onChange={(event) => field.change(event.target.value)}
          onKeyDown={field.onKeyDown}
        />
        <button type="submit" disabled={!field.isChanged}>
          Apply colour
        </button>
      </div>
      <div id={`${id}-check`} className="codebook-contrast">
        {check ? (
          <ul>
            <Measure name="Text on tint" measure={check.tintText} />
            <Measure name="Underline on white" measure={check.underline} />
          </ul>
        ) : (
          <p>Enter a colour like #1f6feb.</p>
        )}
        {warnings.length > 0 && (
          <p className="codebook-warning">
            <span aria-hidden="true">⚠ </span>
            {warnings.join(' ')}
          </p>
        )}
      </div>
      {field.error && (
        <p id={`${id}-error`} role="alert" className="codebook-field-error">
          {field.error}
        </p>
      )}
    </form>
  );
}

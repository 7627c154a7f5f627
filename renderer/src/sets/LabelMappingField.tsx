/**
 * The import dialog's mapping step: one row per label of the file that no codebook item is
 * named by, with how many annotations carry it, and what it becomes: an existing item (the
 * suggested ones first), a new item of the codebook, or a raw label flagged for review.
 */
import { isUsable, pathLabel, type CodebookIndex } from '../codebook/codebook-lookup';
import type { CodebookItemId } from '../codebook/codebook-types';
import { useActiveCodebook } from '../store/useActiveCodebook';
import type { LabelDecision, UnknownLabel } from './label-mapping';

interface LabelMappingFieldProps {
  unknownLabels: readonly UnknownLabel[];
  decisions: ReadonlyMap<string, LabelDecision>;
  decide: (label: string, decision: LabelDecision | undefined) => void;
}

/** A select's value for a decision: `item:<id>`, `add`, `raw`, or '' for none yet. */
function valueOf(decision: LabelDecision | undefined): string {
  if (!decision) return '';
  return decision.kind === 'item' ? `item:${decision.itemId}` : decision.kind;
}

function decisionOf(value: string): LabelDecision | undefined {
  if (value === 'add' || value === 'raw') return { kind: value };
  if (value.startsWith('item:')) return { kind: 'item', itemId: value.slice(5) as CodebookItemId };
  return undefined;
}

/** Nothing when every label of the file is in the codebook. */
export function LabelMappingField({ unknownLabels, decisions, decide }: LabelMappingFieldProps) {
  const codebook = useActiveCodebook();
  if (unknownLabels.length === 0 || !codebook) return null;
  const one = unknownLabels.length === 1;
  return (
    <fieldset className="sets-labels" aria-label="Labels not in your codebook">
      <legend>
        {one
          ? '1 label of the file is not in your codebook: choose what it becomes'
          : `${unknownLabels.length} labels of the file are not in your codebook: choose what each becomes`}
      </legend>
      {unknownLabels.map((unknown) => (
        <LabelRow
          key={unknown.label}
          unknown={unknown}
          codebook={codebook}
          decision={decisions.get(unknown.label)}
          onChange={(decision) => decide(unknown.label, decision)}
        />
      ))}
    </fieldset>
  );
}

function LabelRow(props: {
  unknown: UnknownLabel;
  codebook: CodebookIndex;
  decision: LabelDecision | undefined;
  onChange: (decision: LabelDecision | undefined) => void;
}) {
  const { unknown, codebook } = props;
  const items = codebook.codebook.items.filter(
    (item) => item.parentId !== undefined && isUsable(codebook, item.id),
  );
  const others = items.filter((item) => !unknown.suggestions.includes(item.id));
  const count =
    unknown.count === 1 ? '1 annotation' : `${unknown.count.toLocaleString('en')} annotations`;
  return (
    <label className="sets-label-row">
      <span>
        <strong>{unknown.label}</strong> ({count}, first at {unknown.firstLocation})
      </span>
      <select
        aria-label={`What “${unknown.label}” becomes`}
        value={valueOf(props.decision)}
        onChange={(event) => props.onChange(decisionOf(event.target.value))}
      >
        <option value="">Choose…</option>
        {unknown.suggestions.length > 0 && (
          <optgroup label="Suggested">
            {unknown.suggestions.map((id) => (
              <option key={id} value={`item:${id}`}>
                {pathLabel(codebook, id)}
              </option>
            ))}
          </optgroup>
        )}
        <option value="add">Add to the codebook as “{unknown.label.trim()}”</option>
        <option value="raw">Keep as a raw label, flagged for review</option>
        <optgroup label="Other items">
          {others.map((item) => (
            <option key={item.id} value={`item:${item.id}`}>
              {pathLabel(codebook, item.id)}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}

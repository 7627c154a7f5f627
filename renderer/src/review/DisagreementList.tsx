/**
 * The review list: filters, then the items they keep, with the current one highlighted and
 * rejected ones marked (they stay in the list; the status filter hides or shows them).
 */
import type { CodebookIndex } from '../codebook/codebook-lookup';
import { pathLabel } from '../codebook/codebook-lookup';
import { fieldLabel, fieldValueText } from './field-text';
import {
  KIND_NAMES,
  STATUS_NAMES,
  type ReviewFilter,
  type ReviewItem,
  type ReviewKind,
} from './review-list';
import { setName, type AnnotationSet } from './review-sets';

interface DisagreementListProps {
  items: readonly ReviewItem[];
  filter: ReviewFilter;
  onFilterChange: (filter: ReviewFilter) => void;
  codebook: CodebookIndex;
  /** Labels and top-level categories used by the compared items, for the filters. */
  labels: readonly string[];
  categories: readonly string[];
  sets: readonly AnnotationSet[];
  comparedAuthors: readonly string[];
  isRejected: (item: ReviewItem) => boolean;
  currentKey: string | null;
  onSelect: (key: string) => void;
}

interface FilterSelectProps {
  name: string;
  allLabel: string;
  value: string;
  /** `[value, shown text]` pairs after the "all" option. */
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
}

/** One filter: a labelled select whose empty value keeps everything. */
function FilterSelect({ name, allLabel, value, options, onChange }: FilterSelectProps) {
  return (
    <label>
      <span>{name}</span>
      <select
        aria-label={`Filter by ${name.toLowerCase()}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{allLabel}</option>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** What a list row says of an item: the labels, or the field and both values. */
function describeItem(item: ReviewItem, codebook: CodebookIndex): string {
  const labelOf = (id: string) => pathLabel(codebook, id) || id;
  const side = item.other ?? item.base;
  if (item.kind === 'document' || (item.kind === 'attribute' && item.field)) {
    const field = item.field!;
    const itemId = side?.itemId ?? '';
    const value = (v: typeof field.base) => fieldValueText(codebook, itemId, field.key, v);
    // The item's own name ("Claim", "Document profile"): the field is what tells rows apart.
    const name = codebook.byId.get(itemId)?.label ?? itemId;
    return `${name} · ${fieldLabel(codebook, itemId, field.key)}: ${value(field.base)} ≠ ${value(field.other)}`;
  }
  return item.base && item.other && item.base.itemId !== item.other.itemId
    ? `${labelOf(item.base.itemId)} ≠ ${labelOf(item.other.itemId)}`
    : labelOf(side?.itemId ?? '');
}

/** Filters and the list of items to step through. */
export function DisagreementList(props: DisagreementListProps) {
  const { items, filter, onFilterChange, codebook, sets, currentKey, onSelect } = props;
  const labelOf = (id: string) => pathLabel(codebook, id) || id;
  const select = (name: keyof ReviewFilter, value: string) =>
    onFilterChange({ ...filter, [name]: value });

  return (
    <section className="review-list" aria-label="Disagreements">
      <div className="list-filters review-filters">
        <FilterSelect
          name="Kind"
          allLabel="All disagreements"
          value={filter.kind}
          options={(Object.keys(KIND_NAMES) as ReviewKind[]).map((k) => [k, KIND_NAMES[k]])}
          onChange={(value) => select('kind', value)}
        />
        <FilterSelect
          name="Status"
          allLabel="Any status"
          value={filter.status}
          options={Object.entries(STATUS_NAMES)}
          onChange={(value) => select('status', value)}
        />
        <FilterSelect
          name="Label"
          allLabel="All labels"
          value={filter.label}
          options={props.labels.map((id) => [id, labelOf(id)])}
          onChange={(value) => select('label', value)}
        />
        <FilterSelect
          name="Category"
          allLabel="All categories"
          value={filter.category}
          options={props.categories.map((id) => [id, labelOf(id)])}
          onChange={(value) => select('category', value)}
        />
        <FilterSelect
          name="Annotator"
          allLabel="All annotators"
          value={filter.annotator}
          options={props.comparedAuthors.map((author) => [author, setName(sets, author)])}
          onChange={(value) => select('annotator', value)}
        />
      </div>
      <p className="review-count" data-testid="review-count">
        {items.length} {items.length === 1 ? 'item' : 'items'} · <kbd>j</kbd>/<kbd>k</kbd> or{' '}
        <kbd>]</kbd>/<kbd>[</kbd> to step
      </p>
      <ul className="review-items">
        {items.map((item) => {
          const isRejected = props.isRejected(item);
          return (
            <li key={item.key}>
              <button
                type="button"
                className={`review-item kind-${item.kind}${item.key === currentKey ? ' is-current' : ''}${isRejected ? ' is-rejected' : ''}`}
                aria-current={item.key === currentKey ? 'true' : undefined}
                data-kind={item.kind}
                data-status={isRejected ? 'rejected' : 'open'}
                onClick={() => onSelect(item.key)}
              >
                <span className="review-item-kind">
                  {KIND_NAMES[item.kind]}
                  {isRejected && <span className="review-item-status"> · Rejected</span>}
                </span>
                <span className="review-item-label">{describeItem(item, codebook)}</span>
                <span className="review-item-who">{setName(sets, item.otherAuthor)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The review list: filters, then the items they keep, with the current one highlighted. */
import type { CodebookIndex } from '../codebook/codebook-lookup';
import { pathLabel } from '../codebook/codebook-lookup';
import type { ComparisonItem, ComparisonKind } from './compare-sets';
import { KIND_NAMES, type ReviewFilter } from './review-list';
import { setName, type AnnotationSet } from './review-sets';

interface DisagreementListProps {
  items: readonly ComparisonItem[];
  filter: ReviewFilter;
  onFilterChange: (filter: ReviewFilter) => void;
  codebook: CodebookIndex;
  /** Labels and top-level categories used by the compared items, for the filters. */
  labels: readonly string[];
  categories: readonly string[];
  sets: readonly AnnotationSet[];
  comparedAuthors: readonly string[];
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
          options={(Object.keys(KIND_NAMES) as ComparisonKind[]).map((k) => [k, KIND_NAMES[k]])}
          onChange={(value) => select('kind', value)}
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
          const side = item.other ?? item.base;
          return (
            <li key={item.key}>
              <button
                type="button"
                className={`review-item kind-${item.kind}${item.key === currentKey ? ' is-current' : ''}`}
                aria-current={item.key === currentKey ? 'true' : undefined}
                data-kind={item.kind}
                onClick={() => onSelect(item.key)}
              >
                <span className="review-item-kind">{KIND_NAMES[item.kind]}</span>
                <span className="review-item-label">
                  {item.base && item.other && item.base.itemId !== item.other.itemId
                    ? `${labelOf(item.base.itemId)} ≠ ${labelOf(item.other.itemId)}`
                    : labelOf(side?.itemId ?? '')}
                </span>
                <span className="review-item-who">{setName(sets, item.otherAuthor)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

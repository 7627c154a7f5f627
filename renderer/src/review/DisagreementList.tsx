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

/** Filters and the list of items to step through. */
export function DisagreementList(props: DisagreementListProps) {
  const { items, filter, onFilterChange, codebook, sets, currentKey, onSelect } = props;
  const labelOf = (id: string) => pathLabel(codebook, id) || id;
  const select = (name: keyof ReviewFilter, value: string) =>
    onFilterChange({ ...filter, [name]: value });

  return (
    <section className="review-list" aria-label="Disagreements">
      <div className="list-filters review-filters">
        <label>
          <span>Kind</span>
          <select
            aria-label="Filter by kind"
            value={filter.kind}
            onChange={(event) => select('kind', event.target.value)}
          >
            <option value="">All disagreements</option>
            {(Object.keys(KIND_NAMES) as ComparisonKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {KIND_NAMES[kind]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Label</span>
          <select
            aria-label="Filter by label"
            value={filter.label}
            onChange={(event) => select('label', event.target.value)}
          >
            <option value="">All labels</option>
            {props.labels.map((id) => (
              <option key={id} value={id}>
                {labelOf(id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Category</span>
          <select
            aria-label="Filter by category"
            value={filter.category}
            onChange={(event) => select('category', event.target.value)}
          >
            <option value="">All categories</option>
            {props.categories.map((id) => (
              <option key={id} value={id}>
                {labelOf(id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Annotator</span>
          <select
            aria-label="Filter by annotator"
            value={filter.annotator}
            onChange={(event) => select('annotator', event.target.value)}
          >
            <option value="">All annotators</option>
            {props.comparedAuthors.map((author) => (
              <option key={author} value={author}>
                {setName(sets, author)}
              </option>
            ))}
          </select>
        </label>
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

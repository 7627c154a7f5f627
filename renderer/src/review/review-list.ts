/**
 * The review screen's list of disagreements: which items the filters keep, how the keyboard
 * steps through them, and which kind wins where overlays stack. Pure.
 */
import type { ComparedSpan, ComparisonItem, ComparisonKind } from './compare-sets';
import type { ComparedDocument, DocumentFieldItem } from './compare-documents';

/** Every kind of review item: the span kinds, and a field of the document profile. */
export type ReviewKind = ComparisonKind | 'document';

/** A review item: a span comparison (or one of its attributes) or a document field. */
export type ReviewItem<
  S extends ComparedSpan = ComparedSpan,
  D extends ComparedDocument = ComparedDocument,
> = ComparisonItem<S> | DocumentFieldItem<D>;

/** Which items the status filter keeps: every one, those not decided, or rejected ones. */
export type ReviewStatus = '' | 'open' | 'rejected';

/** The list filters; `''` keeps everything. */
export interface ReviewFilter {
  /** A codebook item id: keeps items where either side has this label. */
  readonly label: string;
  /** A top-level codebook category id: keeps items where either side's label is under it. */
  readonly category: string;
  /** The compared (other) author. */
  readonly annotator: string;
  readonly kind: ReviewKind | '';
  readonly status: ReviewStatus;
}

export const NO_FILTER: ReviewFilter = {
  label: '',
  category: '',
  annotator: '',
  kind: '',
  status: '',
};

/** Human names of the kinds, in the order the legend and filter show them. */
export const KIND_NAMES: Readonly<Record<ReviewKind, string>> = {
  agreement: 'Agreement',
  label: 'Label disagreement',
  boundary: 'Boundary disagreement',
  attribute: 'Attribute disagreement',
  document: 'Document profile',
  'only-base': 'Only in base set',
  'only-other': 'Only in compared set',
};

/** Human names of the statuses, for the filter. */
export const STATUS_NAMES: Readonly<Record<Exclude<ReviewStatus, ''>, string>> = {
  open: 'Not rejected',
  rejected: 'Rejected',
};

/**
 * The disagreements (agreements left out unless the kind filter asks for them) that pass
 * `filter`, in list order. `categoryOf` maps a label to its top-level category; `isRejected`
 * tells the status filter which items were rejected (they stay listed unless it asks).
 */
export function filterItems<I extends ReviewItem>(
  items: readonly I[],
  filter: ReviewFilter,
  categoryOf: (itemId: string) => string | undefined,
  isRejected: (item: I) => boolean = () => false,
): I[] {
  return items.filter((item) => {
    if (filter.kind === '' ? item.kind === 'agreement' : item.kind !== filter.kind) return false;
    if (filter.annotator !== '' && item.otherAuthor !== filter.annotator) return false;
    const labels = [item.base?.itemId, item.other?.itemId].filter(
      (id): id is string => id !== undefined,
    );
    if (filter.label !== '' && !labels.includes(filter.label)) return false;
    if (filter.category !== '' && !labels.some((id) => categoryOf(id) === filter.category)) {
      return false;
    }
    if (filter.status !== '' && isRejected(item) !== (filter.status === 'rejected')) return false;
    return true;
  });
}

/**
 * The key of the item `step` places after (`+1`) or before (`-1`) `currentKey`, wrapping
 * around; the first (or last) item when `currentKey` is not in the list; null for no items.
 */
export function stepItem(
  items: readonly { readonly key: string }[],
  currentKey: string | null,
  step: 1 | -1,
): string | null {
  if (items.length === 0) return null;
  const at = items.findIndex((item) => item.key === currentKey);
  if (at === -1) return (step === 1 ? items[0] : items[items.length - 1])?.key ?? null;
  return items[(at + step + items.length) % items.length]?.key ?? null;
}

const SEVERITY: readonly ComparisonKind[] = [
  'label',
  'boundary',
  'attribute',
  'only-other',
  'only-base',
  'agreement',
];

/** The kind an overlay shows where several items cover the same text: the most severe. */
export function dominantKind(kinds: readonly ComparisonKind[]): ComparisonKind | null {
  return SEVERITY.find((kind) => kinds.includes(kind)) ?? null;
}

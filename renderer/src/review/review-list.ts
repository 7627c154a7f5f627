/**
 * The review screen's list of disagreements: which comparison items the filters keep, how
 * the keyboard steps through them, and which kind wins where overlays stack. Pure.
 */
import type { ComparedSpan, ComparisonItem, ComparisonKind } from './compare-sets';

/** The list filters; `''` keeps everything. */
export interface ReviewFilter {
  /** A codebook item id: keeps items where either side has this label. */
  readonly label: string;
  /** A top-level codebook category id: keeps items where either side's label is under it. */
  readonly category: string;
  /** The compared (other) author. */
  readonly annotator: string;
  readonly kind: ComparisonKind | '';
}

export const NO_FILTER: ReviewFilter = { label: '', category: '', annotator: '', kind: '' };

/** Human names of the kinds, in the order the legend and filter show them. */
export const KIND_NAMES: Readonly<Record<ComparisonKind, string>> = {
  agreement: 'Agreement',
  label: 'Label disagreement',
  boundary: 'Boundary disagreement',
  'only-base': 'Only in base set',
  'only-other': 'Only in compared set',
};

/**
 * The disagreements (agreements left out unless the kind filter asks for them) that pass
 * `filter`, in list order. `categoryOf` maps a label to its top-level category.
 */
export function filterItems<S extends ComparedSpan>(
  items: readonly ComparisonItem<S>[],
  filter: ReviewFilter,
  categoryOf: (itemId: string) => string | undefined,
): ComparisonItem<S>[] {
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
  'only-other',
  'only-base',
  'agreement',
];

/** The kind an overlay shows where several items cover the same text: the most severe. */
export function dominantKind(kinds: readonly ComparisonKind[]): ComparisonKind | null {
  return SEVERITY.find((kind) => kinds.includes(kind)) ?? null;
}

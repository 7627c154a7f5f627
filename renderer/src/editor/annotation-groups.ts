/**
 * What the annotation list shows of the article's annotations: a count per label, the
 * authors, and the rows that pass the filters grouped by category. One pass over the rows
 * with one lookup per row: the list is derived again after every change of a long article.
 * Pure.
 */
import type { SpanAnnotation } from '../annotation/types';
import { rootIdOf } from '../codebook/codebook-invariants';
import { getItem, type CodebookIndex } from '../codebook/codebook-lookup';

/** The rows of one category (a top-level codebook item), in the order given. */
export interface Group {
  rootId: string;
  label: string;
  rows: SpanAnnotation[];
}

/** The list's contents. */
export interface ListSummary {
  /** How many annotations carry each label (filters aside), in order of first use. */
  counts: Map<string, number>;
  /** Every author, in order of first appearance. */
  authors: string[];
  /** The rows passing the filters, by category in codebook order. */
  groups: Group[];
}

/** The filters: an empty string lets every label (or author) through. */
export interface ListFilters {
  itemId: string;
  author: string;
}

/** Summarises `rows` for the list, under `filters`. */
export function summariseAnnotations(
  rows: readonly SpanAnnotation[],
  codebook: CodebookIndex,
  filters: ListFilters,
): ListSummary {
  const byLabel = new Map<string, { count: number; group: Group }>();
  const groups = new Map<string, Group>();
  const authors = new Set<string>();
  for (const row of rows) {
    let label = byLabel.get(row.itemId);
    if (!label) {
      const rootId = rootIdOf(codebook.byId, row.itemId) ?? 'unknown';
      let group = groups.get(rootId);
      if (!group) {
        group = { rootId, label: getItem(codebook, rootId)?.label ?? 'Unknown labels', rows: [] };
        groups.set(rootId, group);
      }
      label = { count: 0, group };
      byLabel.set(row.itemId, label);
    }
    label.count++;
    authors.add(row.author);
    if (filters.itemId !== '' && row.itemId !== filters.itemId) continue;
    if (filters.author !== '' && row.author !== filters.author) continue;
    label.group.rows.push(row);
  }
  // Categories in codebook order; a category left empty by the filters is not shown.
  const order = codebook.codebook.items.map((item) => item.id as string);
  return {
    counts: new Map([...byLabel].map(([itemId, label]) => [itemId, label.count])),
    authors: [...authors],
    groups: [...groups.values()]
      .filter((group) => group.rows.length > 0)
      .sort((a, b) => order.indexOf(a.rootId) - order.indexOf(b.rootId)),
  };
}

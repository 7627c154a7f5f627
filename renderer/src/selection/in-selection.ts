import type { ResolvedSelection } from './useArticleSelection';

/**
 * The rows of `rows` in the selection, in their order: all of them for every article, none
 * while it is being resolved or when it failed (the picker says why).
 */
export function inSelection<Row extends { id: string }>(
  rows: readonly Row[],
  resolved: ResolvedSelection,
): readonly Row[] {
  if (resolved.kind === 'all') return rows;
  if (resolved.kind !== 'ids') return [];
  const ids = new Set<string>(resolved.ids);
  return rows.filter((row) => ids.has(row.id));
}

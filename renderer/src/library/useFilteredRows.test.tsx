// @vitest-environment jsdom
/**
 * A filter typed right after a reload, before the rows' filter text is folded: the
 * keystroke's task folds none of it; the rows are folded a slice per task, then filtered.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleId } from '../db/records';
import { areFolded, filterRows, type FilterableRow } from './library-rows';
import { useFilteredRows } from './useFilteredRows';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

const TITLES = ['Le Monde et l’Élysée', 'İstanbul’da hava', 'Central bank', 'Réforme à Paris'];
const library = (): (FilterableRow & { id: ArticleId })[] =>
  Array.from({ length: 3_000 }, (_, n) => ({
    id: `a${n}` as ArticleId,
    title: `${TITLES[n % TITLES.length]} ${n}`,
    sourcePath: `/news/${n}.txt`,
    language: n % 2 ? 'fr' : 'tr',
  }));

describe('useFilteredRows', () => {
  it('folds rows a slice per task when a filter comes before they are folded, then filters', async () => {
    const rows = library();
    let shown: readonly FilterableRow[] = [];
    function List({ query }: { query: string }) {
      shown = useFilteredRows(rows, query);
      return null;
    }
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(<List query="" />));
    expect(shown).toEqual(rows);

    await act(async () => root.render(<List query="ELYSEE" />));
    // The keystroke's own task folded nothing: the list is still the last one shown.
    expect(areFolded(rows)).toBe(false);
    expect(shown).toHaveLength(rows.length);

    const expected = filterRows(
      rows.map((row) => ({ ...row })),
      'elysee',
    );
    for (let turn = 0; turn < 100 && shown.length === rows.length; turn++)
      await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(areFolded(rows)).toBe(true);
    expect(shown.map((row) => row.title)).toEqual(expected.map((row) => row.title));
    expect(shown).toHaveLength(rows.length / TITLES.length);

    // Folded now: the next key filters in its own render.
    await act(async () => root.render(<List query="elysee 1" />));
    expect(shown.every((row) => row.title.includes('1'))).toBe(true);
    act(() => root.unmount());
  });
});

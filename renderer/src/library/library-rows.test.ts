import { describe, expect, it } from 'vitest';
import type { ArticleId } from '../db/records';
import { DEFAULT_SORT, filterRows, nextSortOrder, sortRows, type LibraryRow } from './library-rows';

function row(id: string, title: string, overrides: Partial<LibraryRow> = {}): LibraryRow {
  return {
    id: id as ArticleId,
    title,
    sourcePath: `/news/${id}.txt`,
    sourceName: `${id}.txt`,
    format: 'txt',
    sizeBytes: 100,
    modifiedAtMs: 0,
    encoding: 'UTF-8',
    language: 'fr',
    textSha256: id,
    textLength: 100,
    addedAt: '2025-03-11T10:00:00.000Z',
    annotationCount: 0,
    ...overrides,
  };
}

const rows = [
  row('b', "Un plan d'action signé entre les ministères", { addedAt: '2025-03-11T10:00:00.000Z' }),
  row('a', 'Azerbaïdjan – États-Unis : une visite historique', {
    addedAt: '2025-03-12T10:00:00.000Z',
    annotationCount: 4,
  }),
  row('c', 'Bakü ile Astana arasında ortaklık', { language: 'kk', sourcePath: '/haberler/c.txt' }),
];
const titles = (list: LibraryRow[]) => list.map((r) => r.id).join('');

describe('filterRows', () => {
  it('matches title, source path and language, ignoring case and accents', () => {
    expect(titles(filterRows(rows, 'etats'))).toBe('a');
    expect(titles(filterRows(rows, 'HABERLER'))).toBe('c');
    expect(titles(filterRows(rows, 'KK'))).toBe('c');
    expect(titles(filterRows(rows, 'baku'))).toBe('c');
  });

  it('needs every word, and an empty query keeps all rows', () => {
    expect(titles(filterRows(rows, 'visite azerbaidjan'))).toBe('a');
    expect(filterRows(rows, 'visite bakü')).toEqual([]);
    expect(filterRows(rows, '  ')).toHaveLength(3);
  });
});

describe('sortRows and nextSortOrder', () => {
  it('opens newest first, equal dates by title', () => {
    expect(titles(sortRows(rows, DEFAULT_SORT))).toBe('acb');
  });

  it('sorts text columns A to Z first, then toggles', () => {
    const byTitle = nextSortOrder(DEFAULT_SORT, 'title');
    expect(byTitle).toEqual({ key: 'title', direction: 'ascending' });
    expect(titles(sortRows(rows, byTitle))).toBe('acb');
    expect(titles(sortRows(rows, nextSortOrder(byTitle, 'title')))).toBe('bca');
  });

  it('sorts counts largest first on the first click', () => {
    const order = nextSortOrder(DEFAULT_SORT, 'annotations');
    expect(order.direction).toBe('descending');
    expect(sortRows(rows, order)[0]?.id).toBe('a');
  });

  it('sorts by language with the title as tie-breaker', () => {
    expect(titles(sortRows(rows, { key: 'language', direction: 'ascending' }))).toBe('abc');
  });
});

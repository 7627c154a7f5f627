import { describe, expect, it, vi } from 'vitest';
import type { ArticleId } from '../db/records';
import type { ArticleSummary } from './article-repository';
import {
  DEFAULT_SORT,
  filterRows,
  nextSortOrder,
  SortKeys,
  sortRows,
  toLibraryRow,
  type LibraryRow,
} from './library-rows';

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
    outlet: '',
    byline: '',
    publishedDate: '',
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
// The same rows with what ingestion found: c has no outlet, byline or date.
const withMetadata = [
  { ...rows[0]!, outlet: 'AZERTAC', publishedDate: '2026-03-11' },
  {
    ...rows[1]!,
    outlet: 'BRUXELLES KORNER BLOG',
    byline: 'Kadir Duran, Mazahir Afandiyev',
    publishedDate: '2025-08-10T16:55',
  },
  rows[2]!,
];
const titles = (list: LibraryRow[]) => list.map((r) => r.id).join('');

describe('filterRows', () => {
  it('matches title, source path and language, ignoring case and accents', () => {
    expect(titles(filterRows(rows, 'etats'))).toBe('a');
    expect(titles(filterRows(rows, 'HABERLER'))).toBe('c');
    expect(titles(filterRows(rows, 'KK'))).toBe('c');
    expect(titles(filterRows(rows, 'baku'))).toBe('c');
  });

  it('matches outlet, byline and date too', () => {
    expect(titles(filterRows(withMetadata, 'azertac'))).toBe('b');
    expect(titles(filterRows(withMetadata, 'afandiyev'))).toBe('a');
    expect(titles(filterRows(withMetadata, '2025-08'))).toBe('a');
    expect(titles(filterRows(withMetadata, 'korner duran'))).toBe('a');
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

  it('sorts by outlet, byline and date, rows without one last in either direction', () => {
    const byOutlet = nextSortOrder(DEFAULT_SORT, 'outlet');
    expect(titles(sortRows(withMetadata, byOutlet))).toBe('bac');
    expect(titles(sortRows(withMetadata, nextSortOrder(byOutlet, 'outlet')))).toBe('abc');
    expect(titles(sortRows(withMetadata, { key: 'byline', direction: 'descending' }))).toBe('acb');
    const byDate = nextSortOrder(DEFAULT_SORT, 'published');
    expect(byDate.direction).toBe('descending');
    expect(titles(sortRows(withMetadata, byDate))).toBe('bac');
    expect(titles(sortRows(withMetadata, nextSortOrder(byDate, 'published')))).toBe('abc');
  });
});

describe('SortKeys', () => {
  it('sorts a filtered subset by the library’s ranks as a collator would, accents and Turkish letters in place', () => {
    const library = [
      row('a', 'Zonguldak'),
      row('b', 'Élysée'),
      row('c', 'ılık hava'),
      row('d', 'Etats-Unis'),
      row('e', 'İstanbul'),
      row('f', 'École'),
      row('g', 'Ankara'),
      row('h', 'États-Unis'),
    ];
    const keys = new SortKeys(library);
    const subset = library.filter((r) => r.id !== 'a');
    const titles = (rows: LibraryRow[]) => rows.map((r) => r.title);
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    // What a collator's compare on every pair gives, ties by id as sortRows breaks them.
    const expected = [...subset].sort(
      (a, b) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1),
    );
    expect(titles(sortRows(subset, { key: 'title', direction: 'ascending' }, keys))).toEqual(
      titles(expected),
    );
    // Accented capitals among their base letters, never after Z; "Etats" and "États" tie.
    // The UI's locale decides İ and ı (here the default root order: ı after i).
    expect(titles(sortRows(library, { key: 'title', direction: 'ascending' }, keys))).toEqual([
      'Ankara',
      'École',
      'Élysée',
      'Etats-Unis',
      'États-Unis',
      'İstanbul',
      'ılık hava',
      'Zonguldak',
    ]);
  });
});

describe('toLibraryRow', () => {
  const article: ArticleSummary = {
    ...row('a', 'Une visite historique'),
    metadata: {
      bylines: [
        { name: 'Kadir Duran', kind: 'byline' },
        { name: 'Mazahir Afandiyev', role: 'Membre du Milli Majlis', kind: 'signature' },
      ],
      byline: 'Kadir Duran, Mazahir Afandiyev',
      publishedDate: '2025-08-10T16:55',
      outlet: { name: 'BRUXELLES KORNER BLOG', confidence: 'high' },
      suggestions: [],
    },
  };

  it('lists what ingestion found, the byline by names only', () => {
    expect(toLibraryRow(article, 3)).toMatchObject({
      title: 'Une visite historique',
      outlet: 'BRUXELLES KORNER BLOG',
      byline: 'Kadir Duran, Mazahir Afandiyev',
      publishedDate: '2025-08-10T16:55',
      annotationCount: 3,
    });
  });

  it("shows the analyst's corrections over it, and nothing for a field corrected to none", () => {
    const corrected = toLibraryRow(
      {
        ...article,
        metadataEdits: {
          fields: { title: 'Tribune', byline: 'Mazahir Afandiyev', outlet: '', language: 'tr' },
          dismissedSuggestions: [],
          editedAt: '2026-01-01T00:00:00.000Z',
        },
      },
      0,
    );
    expect(corrected).toMatchObject({
      title: 'Tribune',
      byline: 'Mazahir Afandiyev',
      outlet: '',
      language: 'tr',
      publishedDate: '2025-08-10T16:55',
    });
  });

  it('lists the byline and the signature each as corrected', () => {
    const corrected = toLibraryRow(
      {
        ...article,
        metadataEdits: {
          fields: { byline: 'K. Duran' },
          dismissedSuggestions: [],
          editedAt: '2026-01-01T00:00:00.000Z',
        },
      },
      0,
    );
    expect(corrected.byline).toBe('K. Duran, Mazahir Afandiyev');
  });
});

describe('SortKeys following the last list', () => {
  const TITLES = ['Zonguldak', 'Élysée', 'ılık hava', 'Etats-Unis', 'İstanbul', 'École', 'Ankara'];
  const library = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, i) =>
      row(`r${from + i}`, `${TITLES[(from + i) % TITLES.length]} ${((from + i) * 7919) % 1000}`),
    );
  const byTitle = { key: 'title', direction: 'ascending' } as const;
  const ids = (rows: LibraryRow[]) => rows.map((r) => r.id);
  /** Collator comparisons made by `work` (each reads the collator's `compare`). */
  const comparisons = (work: () => void) => {
    const spy = vi.spyOn(Intl.Collator.prototype, 'compare', 'get');
    work();
    const count = spy.mock.calls.length;
    spy.mockRestore();
    return count;
  };

  it('sorts a library grown by an import chunk as fresh keys do, placing only the new titles', () => {
    const before = library(0, 2_000);
    const last = new SortKeys(before);
    sortRows(before, byTitle, last);
    // A chunk of 25 new rows, and one row gone.
    const after = [...before.slice(1), ...library(2_000, 2_025)];
    let carried: LibraryRow[] = [];
    const carriedCost = comparisons(() => {
      carried = sortRows(after, byTitle, SortKeys.following(last, after));
    });
    let fresh: LibraryRow[] = [];
    const freshCost = comparisons(() => {
      fresh = sortRows(after, byTitle, new SortKeys(after));
    });
    expect(ids(carried)).toEqual(ids(fresh));
    expect(carriedCost).toBeLessThan(freshCost / 4);
  });
});

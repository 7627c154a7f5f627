import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleId } from '../db/records';
import type { ArticleSummary } from './article-repository';
import {
  areFolded,
  DEFAULT_SORT,
  filterRows,
  foldAhead,
  nextSortOrder,
  SortKeys,
  sortRows,
  toLibraryRow,
  type LibraryRow,
} from './library-rows';
import { nextTurn } from './turns';

function row(id: string, title: string, overrides: Partial<LibraryRow> = {}): LibraryRow {
  return {
    id: id as ArticleId,
    title,
    sourcePath: `/news/${id}.txt`,
    sourceName: `${id}.txt`,
    language: 'fr',
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
    // These rows are French: French collation places İ and ı (as the root does: ı after i).
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

describe('the collation of text columns', () => {
  it('sorts a Turkish title by Turkish collation and an English one by English, whatever the UI’s locale', () => {
    const turkish = ['İstanbul', 'ılık', 'inek', 'Işık', 'Irmak'];
    const english = ['Island', 'Ice', 'Istanbul'];
    const library = [
      ...turkish.map((title, i) => row(`t${i}`, title, { language: 'tr' })),
      ...english.map((title, i) => row(`e${i}`, title, { language: 'en' })),
    ];
    const sorted = sortRows(library, { key: 'title', direction: 'ascending' }).map((r) => r.title);
    // Turkish: the dotless ı (capital I) is its own letter before i (capital İ).
    expect(sorted.filter((title) => turkish.includes(title))).toEqual([
      'ılık',
      'Irmak',
      'Işık',
      'inek',
      'İstanbul',
    ]);
    expect(sorted.filter((title) => english.includes(title))).toEqual([
      'Ice',
      'Island',
      'Istanbul',
    ]);
    // The languages interleave by the root collation: one total order, the same each time.
    expect(sorted).toEqual(
      sortRows([...library].reverse(), { key: 'title', direction: 'ascending' }).map(
        (r) => r.title,
      ),
    );
  });
});

describe('toLibraryRow', () => {
  const article: ArticleSummary = {
    ...row('a', 'Une visite historique'),
    format: 'txt',
    sizeBytes: 100,
    modifiedAtMs: 0,
    encoding: 'UTF-8',
    textSha256: 'a',
    textLength: 100,
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

/** Counts turns other tasks got until `work` ends: a timer that sets itself again. */
async function turnsDuring(work: Promise<unknown>): Promise<number> {
  let turns = 0;
  let isDone = false;
  const tick = () => {
    if (isDone) return;
    turns += 1;
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  await work;
  isDone = true;
  return turns;
}

describe('work done ahead of the first key and click', () => {
  const WORDS = ['Élysée', 'İstanbul', 'ılık', 'Etats', 'Ankara', 'Zonguldak', 'çay', 'Ürgüp'];
  const library = Array.from({ length: 3_000 }, (_, i) =>
    row(`r${i}`, `${WORDS[(i * 5) % WORDS.length]} ${(i * 7919) % 3_000}`, {
      outlet: i % 2 ? 'Le Monde' : 'Hürriyet',
    }),
  );

  it('ranks the titles between other tasks, and the sort by title then is the collator’s', async () => {
    const keys = new SortKeys(library);
    // Other tasks ran while the titles were ranked: no one task held the page throughout.
    expect(await turnsDuring(keys.prepare('title'))).toBeGreaterThan(1);
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    const expected = [...library].sort(
      (a, b) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1),
    );
    const order = { key: 'title', direction: 'ascending' } as const;
    expect(sortRows(library, order, keys).map((r) => r.id)).toEqual(expected.map((r) => r.id));
  });

  it('folds the filter text between other tasks, and filtering after it matches the same rows', async () => {
    // The same rows as other objects: folded when filtered, as the first key did before.
    const before = filterRows(
      library.map((r) => ({ ...r })),
      'monde istanbul',
    ).map((r) => r.id);
    const folding = foldAhead(library);
    expect(await turnsDuring(folding)).toBeGreaterThan(1);
    expect(await folding).toBe(3_000);
    expect(filterRows(library, 'monde istanbul').map((r) => r.id)).toEqual(before);
    expect(before.length).toBeGreaterThan(0);
  });
});

describe('work done ahead, while something more urgent is queued', () => {
  const library = Array.from({ length: 2_000 }, (_, i) => row(`b${i}`, `Başlık ${i}`));

  /** A scheduler whose background tasks run only when `grant` says so, as a busy page's. */
  function busyScheduler() {
    const waiting: (() => void)[] = [];
    const priorities: string[] = [];
    const scheduler = {
      postTask(callback: () => void, options: { priority: string }) {
        priorities.push(options.priority);
        return new Promise<void>((resolve) => waiting.push(() => resolve(callback())));
      },
    };
    const grant = () => waiting.splice(0).forEach((run) => run());
    return { scheduler, priorities, grant, waiting };
  }

  afterEach(() => {
    delete (globalThis as { scheduler?: unknown }).scheduler;
  });

  it('folds and ranks a slice at a time in background turns only', async () => {
    const busy = busyScheduler();
    (globalThis as { scheduler?: unknown }).scheduler = busy.scheduler;
    let isFolded = false;
    const folding = foldAhead(library).then(() => (isFolded = true));
    const keys = new SortKeys(library);
    let isRanked = false;
    const ranking = keys.prepare('title').then(() => (isRanked = true));
    // Other tasks run meanwhile; the background turns are not granted: nothing goes on.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(isFolded || isRanked).toBe(false);
    expect(areFolded(library)).toBe(false);
    expect(busy.waiting.length).toBe(2);
    while (!isFolded || !isRanked) {
      busy.grant();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await Promise.all([folding, ranking]);
    expect(areFolded(library)).toBe(true);
    expect(new Set(busy.priorities)).toEqual(new Set(['background']));
  });

  it('folds for a filter someone typed without waiting for background turns', async () => {
    const busy = busyScheduler();
    (globalThis as { scheduler?: unknown }).scheduler = busy.scheduler;
    const rows = library.map((r) => ({ ...r }));
    expect(await foldAhead(rows, undefined, nextTurn)).toBe(rows.length);
    expect(busy.priorities).toEqual([]);
  });
});

describe('SortKeys across lists', () => {
  it('sorts right when the next list has new objects, fewer rows or a new title', () => {
    const order = { key: 'title', direction: 'ascending' } as const;
    const first = [row('a', 'Zonguldak'), row('b', 'École'), row('c', 'İstanbul')];
    expect(sortRows(first, order, new SortKeys(first)).map((r) => r.id)).toEqual(['b', 'c', 'a']);
    // The counts arrived: the same titles in new objects, one article deleted.
    const counted = first.slice(1).map((r) => ({ ...r, annotationCount: 3 }));
    expect(sortRows(counted, order, new SortKeys(counted)).map((r) => r.id)).toEqual(['b', 'c']);
    // A new article whose title the last ranks never saw.
    const grown = [...counted, row('d', 'Ankara')];
    expect(sortRows(grown, order, new SortKeys(grown)).map((r) => r.id)).toEqual(['d', 'b', 'c']);
  });

  it('places an import’s new titles among the ranked ones exactly where a full sort puts them', () => {
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    const order = { key: 'title', direction: 'ascending' } as const;
    const words = ['Zafer', 'ağaç', 'Çay', 'Örnek', 'Şehir', 'élan', 'Ilık', 'İzmir', 'x10', 'x9'];
    const library = words.map((word, i) => row(`l${i}`, `${word} ${i % 3}`));
    new SortKeys(library).rank('title', library[0]!);
    // A chunk: before all, after all, between, an equal-by-collator twin, and a repeat.
    const chunk = [
      row('n1', '0 premier'),
      row('n2', 'žurnal'),
      row('n3', 'Çay 2'),
      row('n4', 'Elan 2'),
      row('n5', 'Zafer 0'),
    ];
    const grown = [...library, ...chunk];
    const keys = new SortKeys(grown);
    const sorted = sortRows(grown, order, keys).map((r) => r.title);
    const expected = grown.map((r) => r.title).sort(collator.compare);
    expect(sorted.map((t) => collator.compare(t, expected[sorted.indexOf(t)]!))).toEqual(
      sorted.map(() => 0),
    );
    const byId = (id: string) => grown.find((r) => r.id === id)!;
    // "Elan 2" and "élan 2" are one value at base strength: one rank.
    expect(keys.rank('title', byId('n4'))).toBe(keys.rank('title', byId('l5')));
    expect(keys.rank('title', byId('n5'))).toBe(keys.rank('title', byId('l0')));
    expect(keys.rank('title', byId('n3'))).toBe(keys.rank('title', byId('l2')));
    expect(keys.rank('title', byId('n1'))).toBe(0);
  });
});

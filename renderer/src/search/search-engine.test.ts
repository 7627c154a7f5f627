import { describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../annotation/types';
import { loadDefaultCodebook } from '../codebook/default-codebook';
import type { ArticleRecord, ArticleTextRecord } from '../db/records';
import { AnnotationStore } from './annotation-store';
import { SearchEngine } from './search-engine';
import type { EngineMessage, ResultRow, SearchSummary, TouchedTables } from './search-protocol';
import type { SearchSource, StoredIndex } from './search-source';
import { searchVocabulary } from './search-vocabulary';
import { span } from '../testing/annotation-conditions';

const vocabulary = searchVocabulary(loadDefaultCodebook());

interface Library {
  articles: Map<string, ArticleRecord>;
  texts: Map<string, ArticleTextRecord>;
  annotations: Annotation[];
  stored?: StoredIndex;
  textReads: number;
}

function article(id: string, title: string, options: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id,
    title,
    sourcePath: `/x/${id}.txt`,
    sourceName: `${id}.txt`,
    format: 'txt',
    sizeBytes: 1,
    modifiedAtMs: 0,
    encoding: 'utf-8',
    language: 'en',
    textSha256: `sha-${id}`,
    textLength: 1,
    addedAt: '2026-01-01T00:00:00Z',
    ...options,
  } as ArticleRecord;
}

function memorySource(library: Library): SearchSource {
  return {
    listArticles: async () => [...library.articles.values()],
    getArticles: async (ids) => ids.map((id) => library.articles.get(id)),
    getTexts: async (ids) => {
      library.textReads += ids.length;
      return ids.map((id) => library.texts.get(id));
    },
    listAnnotations: async () => library.annotations,
    getAnnotationRows: async (ids) => ids.map((id) => library.annotations.find((a) => a.id === id)),
    listStatuses: async () => [],
    listAnalysts: async () => [],
    listEntities: async () => [],
    loadIndex: async () => library.stored,
    saveIndex: async (index) => {
      library.stored = index;
    },
  };
}

function newLibrary(): Library {
  const library: Library = {
    articles: new Map(),
    texts: new Map(),
    annotations: [],
    textReads: 0,
  };
  const add = (
    record: ArticleRecord,
    text: string,
    chromeRanges: ArticleTextRecord['chromeRanges'] = [],
  ) => {
    library.articles.set(record.id, record);
    library.texts.set(record.id, {
      articleId: record.id,
      text,
      original: text,
      chromeRanges,
    } as ArticleTextRecord);
  };
  add(
    article('oped', 'An op-ed on the steppe'),
    'Menu | Sign in\nThe composer Kourmanghazy wrote for the dombra.\nThe central bank said nothing.',
    [{ start: 0, end: 14, kind: 'navigation' } as never],
  );
  add(
    article('tr', 'İstanbul’da hava', { language: 'tr' }),
    'İSTANBUL’DA hava ılık. Merkez bankası faizleri yükseltti.',
  );
  add(
    article('fr', 'Élysée', {
      language: 'fr',
      metadata: {
        bylines: [],
        suggestions: [],
        publishedDate: '2025-03-02',
        outlet: { name: 'Le Monde', confidence: 'high' },
      },
    }),
    'À l’Élysée, la Banque centrale a été citée. Bank central, disent-ils.',
  );
  return library;
}

/** The library and thirty articles with one hit each: a screenful only once every text was read. */
function sparseLibrary(): Library {
  const library = newLibrary();
  for (let n = 10; n < 40; n++) {
    const id = `sparse-${n}`;
    library.articles.set(id, article(id, `Sparse ${n}`));
    library.texts.set(id, { articleId: id, text: `Once: Kourmanghazy.` } as ArticleTextRecord);
  }
  return library;
}

async function run(engine: SearchEngine, query: string, includeChrome = false) {
  const rows: ResultRow[] = [];
  let summary: SearchSummary | undefined;
  let invalid: string | undefined;
  const messages: EngineMessage[] = [];
  (engine as unknown as { emit: (m: EngineMessage) => void }).emit = (message) => {
    messages.push(message);
    if (message.kind === 'rows') rows.push(...message.rows);
    if (message.kind === 'done') summary = message.summary;
    if (message.kind === 'invalid') invalid = message.error;
  };
  await engine.search(1, query, { includeChrome, vocabulary });
  return { rows, summary, invalid };
}

const ignore = () => {};

describe('SearchEngine', () => {
  it('finds a word the library holds, at its exact offsets, with its context', async () => {
    const library = newLibrary();
    const engine = new SearchEngine(memorySource(library), ignore);
    const { rows, summary } = await run(engine, 'kourmanghazy');
    expect(rows).toHaveLength(1);
    const text = library.texts.get('oped')!.text;
    expect(text.slice(rows[0]!.start, rows[0]!.end)).toBe('Kourmanghazy');
    expect(rows[0]!.left).toBe('Menu | Sign in The composer ');
    expect(summary).toMatchObject({ rows: 1, articles: 1 });
  });

  it('matches Turkish and French spellings whatever their case and accents', async () => {
    const engine = new SearchEngine(memorySource(newLibrary()), ignore);
    expect((await run(engine, 'istanbul')).rows.map((row) => row.match)).toEqual(['İSTANBUL']);
    expect((await run(engine, 'ILIK')).rows.map((row) => row.match)).toEqual(['ılık']);
    expect((await run(engine, 'elysee')).rows.map((row) => row.match)).toEqual(['Élysée']);
    expect((await run(engine, 'bankas*')).rows.map((row) => row.match)).toEqual(['bankası']);
  });

  it('finds a Greek name whatever its case: final sigma (ς) and Σ fold alike', async () => {
    const library = newLibrary();
    const add = (id: string, text: string) => {
      library.articles.set(id, article(id, id, { language: 'el' }));
      library.texts.set(id, { articleId: id, text } as ArticleTextRecord);
    };
    add('upper', 'Ο ΟΔΥΣΣΕΑΣ ΕΠΕΣΤΡΕΨΕ ΣΤΗΝ ΙΘΑΚΗ. Ο κ. ΠΑΠΑΔΟΠΟΥΛΟΣ δεν σχολίασε.');
    add('lower', 'Ο Οδυσσέας επέστρεψε στην Ιθάκη, είπε ο Παπαδόπουλος.');
    const engine = new SearchEngine(memorySource(library), ignore);
    const matchesOf = async (query: string) =>
      (await run(engine, query)).rows.map((row) => `${row.articleId}:${row.match}`).sort();
    for (const query of ['οδυσσεας', 'ΟΔΥΣΣΕΑΣ', 'Οδυσσέας', 'οδυσσεασ']) {
      expect(await matchesOf(query)).toEqual(['lower:Οδυσσέας', 'upper:ΟΔΥΣΣΕΑΣ']);
    }
    expect(await matchesOf('"ο Παπαδόπουλος"')).toEqual(['lower:ο Παπαδόπουλος']);
    expect(await matchesOf('παπαδοπουλ*')).toEqual(['lower:Παπαδόπουλος', 'upper:ΠΑΠΑΔΟΠΟΥΛΟΣ']);
    // A NOT leaves out the capitalised spelling too, reading no text to know it.
    const before = library.textReads;
    expect(await matchesOf('ιθακη -ΟΔΥΣΣΕΑΣ')).toEqual([]);
    expect(await matchesOf('σχολιασε -οδυσσεας')).toEqual([]);
    expect(library.textReads - before).toBe(0);
  });

  it('confirms phrases in order and counts what the index proposed and the text refused', async () => {
    const engine = new SearchEngine(memorySource(newLibrary()), ignore);
    const { rows, summary } = await run(engine, '"banque centrale"');
    expect(rows.map((row) => row.match)).toEqual(['Banque centrale']);
    // "central bank" is in the op-ed in order; the French article has both words, reversed.
    const english = await run(engine, '"central bank"');
    expect(english.rows.map((row) => row.articleId)).toEqual(['oped']);
    expect(english.summary?.rejected).toBe(1);
    expect(summary?.rejected).toBe(0);
  });

  it('reads NOT, OR and title:', async () => {
    const engine = new SearchEngine(memorySource(newLibrary()), ignore);
    const articlesOf = async (query: string) =>
      [...new Set((await run(engine, query)).rows.map((row) => row.articleId))].sort();
    expect(await articlesOf('bank -kourmanghazy')).toEqual(['fr']);
    expect(await articlesOf('kourmanghazy OR ılık')).toEqual(['oped', 'tr']);
    expect(await articlesOf('title:istanbul')).toEqual(['tr']);
  });

  it('answers a NOT of words from the index: only the texts it cannot decide are read', async () => {
    const library = newLibrary();
    const engine = new SearchEngine(memorySource(library), ignore);
    await engine.open();
    const readsOf = async (query: string) => {
      const before = library.textReads;
      const articles = [...new Set((await run(engine, query)).rows.map((row) => row.articleId))];
      return { articles, reads: library.textReads - before };
    };
    // "bank" is in the op-ed and the French article; the index shows the op-ed holds
    // "Kourmanghazy", so only the French article's text is read.
    expect(await readsOf('bank -kourmanghazy')).toEqual({ articles: ['fr'], reads: 1 });
    // "bank*" is also "bankası" in the Turkish article.
    expect(await readsOf('bank* NOT dombra*')).toEqual({ articles: ['fr', 'tr'], reads: 2 });
    // A phrase needs its words in order, which only the text shows: both are read.
    expect(await readsOf('bank -"central bank"')).toEqual({ articles: ['fr'], reads: 2 });
    // NOTs alone mark no place in any article: nothing to read, no rows.
    expect(await readsOf('-kourmanghazy')).toEqual({ articles: [], reads: 0 });
  });

  it('reads the text for a NOT wherever the index’s words are not the text check’s', async () => {
    const library = newLibrary();
    const add = (
      id: string,
      text: string,
      chromeRanges: ArticleTextRecord['chromeRanges'] = [],
    ) => {
      library.articles.set(id, article(id, id));
      library.texts.set(id, { articleId: id, text, chromeRanges } as ArticleTextRecord);
    };
    // To the index these hold the word "reforme"; to the text check none has it as a word: a
    // superscript is a digit, a chrome range cuts "réformes", and Han letters touch it.
    add('footnote', 'Une réforme² votée. Pension.');
    add('cut', 'Pension. Les réformes', [{ start: 20, end: 21, kind: 'navigation' } as never]);
    add('han', 'Pension réforme中国.');
    add('plain', 'Pension et réforme.');
    const engine = new SearchEngine(memorySource(library), ignore);
    const articlesOf = async (searched: SearchEngine, query: string) =>
      [...new Set((await run(searched, query)).rows.map((row) => row.articleId))].sort();
    expect(await articlesOf(engine, 'pension -réforme')).toEqual(['cut', 'footnote', 'han']);
    // What the index cannot vouch for is stored with it.
    await engine.save();
    const reopened = new SearchEngine(memorySource(library), ignore);
    expect(await articlesOf(reopened, 'pension -réforme')).toEqual(['cut', 'footnote', 'han']);
  });

  it('leaves page chrome out unless asked', async () => {
    const engine = new SearchEngine(memorySource(newLibrary()), ignore);
    expect((await run(engine, 'menu')).rows).toHaveLength(0);
    expect((await run(engine, 'menu', true)).rows.map((row) => row.match)).toEqual(['Menu']);
  });

  it('answers the issue’s annotation query: false claims in French opinion by elected officials, 2025', async () => {
    const library = newLibrary();
    const french = library.texts.get('fr')!.text;
    const at = (quote: string) => ({
      start: french.indexOf(quote),
      end: french.indexOf(quote) + quote.length,
    });
    const base = {
      codebook: { codebookId: 'c', version: 1 },
      note: '',
      author: 'ana',
      createdAt: '',
      modifiedAt: '',
    };
    library.annotations = [
      {
        ...base,
        id: 'profile',
        kind: 'document',
        articleId: 'fr',
        itemId: 'document.profile',
        attributes: { genre: 'opinion', authorRole: 'elected-official' },
      },
      {
        ...base,
        id: 'claim',
        kind: 'span',
        articleId: 'fr',
        itemId: 'claim.claim',
        attributes: { verdict: 'false' },
        span: at('Banque centrale'),
        quote: { exact: 'Banque centrale', prefix: '', suffix: '' },
      },
      {
        ...base,
        id: 'true-claim',
        kind: 'span',
        articleId: 'fr',
        itemId: 'claim.claim',
        attributes: { verdict: 'supported' },
        span: at('Bank central'),
        quote: { exact: 'Bank central', prefix: '', suffix: '' },
      },
    ] as unknown as Annotation[];
    const engine = new SearchEngine(memorySource(library), ignore);
    const query =
      'label:claim verdict=false genre=opinion role="elected official" lang:fr date:2025';
    const { rows } = await run(engine, query);
    expect(rows.map((row) => [row.match, row.itemIds])).toEqual([
      ['Banque centrale', ['claim.claim']],
    ]);
    expect((await run(engine, `${query.replace('2025', '2024')}`)).rows).toHaveLength(0);
    expect((await run(engine, 'label:claim genre=reporting')).rows).toHaveLength(0);
    // Text and annotations: only the hits inside a matching annotation.
    expect(
      (await run(engine, 'bank* label:claim verdict=supported')).rows.map((row) => row.match),
    ).toEqual(['Bank']);
  });

  it('answers annotation conditions with a NOT or a title word: the annotations of the articles the text allows', async () => {
    const library = newLibrary();
    const claimOn = (id: string, articleId: string, quote: string) => {
      const text = library.texts.get(articleId)!.text;
      const start = text.indexOf(quote);
      return {
        id,
        kind: 'span',
        articleId,
        itemId: 'claim.claim',
        attributes: {},
        span: { start, end: start + quote.length },
        quote: { exact: quote, prefix: '', suffix: '' },
        codebook: { codebookId: 'c', version: 1 },
        note: '',
        author: 'ana',
        createdAt: '',
        modifiedAt: '',
      };
    };
    library.articles.set('reform', article('reform', 'Pensions'));
    library.texts.set('reform', {
      articleId: 'reform',
      text: 'La réforme des retraites passe. Le ministre parle.',
    } as ArticleTextRecord);
    library.annotations = [
      claimOn('c-oped', 'oped', 'The central bank said nothing'),
      claimOn('c-fr', 'fr', 'la Banque centrale a été citée'),
      claimOn('c-reform', 'reform', 'Le ministre parle'),
    ] as unknown as Annotation[];
    const engine = new SearchEngine(memorySource(library), ignore);
    const matchesOf = async (query: string) =>
      (await run(engine, query)).rows.map((row) => `${row.articleId}:${row.match}`).sort();
    expect(await matchesOf('label:claim -réforme')).toEqual([
      'fr:la Banque centrale a été citée',
      'oped:The central bank said nothing',
    ]);
    expect(await matchesOf('label:claim NOT (réforme OR dombra)')).toEqual([
      'fr:la Banque centrale a été citée',
    ]);
    expect(await matchesOf('label:claim -"central bank"')).toEqual([
      'fr:la Banque centrale a été citée',
      'reform:Le ministre parle',
    ]);
    expect(await matchesOf('title:pensions label:claim')).toEqual(['reform:Le ministre parle']);
    // A word still means its hits inside the annotations.
    expect(await matchesOf('ministre label:claim')).toEqual(['reform:ministre']);
    expect(await matchesOf('retraites label:claim')).toEqual([]);
  });

  it('saves an index it built from nothing at once, and a few changes after a delay', async () => {
    const library = newLibrary();
    const engine = new SearchEngine(memorySource(library), ignore);
    await engine.open();
    // Built from the texts: kept before the engine says it is ready, not seconds later.
    expect(Object.keys(library.stored?.stamps ?? {}).sort()).toEqual(
      [...library.articles.keys()].sort(),
    );

    const stored = library.stored;
    library.articles.set('new', article('new', 'A new article'));
    library.texts.set('new', { articleId: 'new', text: 'Fresh text.' } as ArticleTextRecord);
    const reopened = new SearchEngine(memorySource(library), ignore);
    await reopened.open();
    // One article more: saved with the next changes, not at once.
    expect(library.stored).toBe(stored);
    await reopened.save();
    expect(Object.keys(library.stored!.stamps)).toContain('new');
  });

  it('puts off a due save while queries come, and saves once they stop or a minute has passed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
    try {
      const library = newLibrary();
      const engine = new SearchEngine(memorySource(library), ignore);
      await engine.open();
      const added = (id: string): TouchedTables => {
        library.articles.set(id, article(id, id));
        library.texts.set(id, { articleId: id, text: `Text of ${id}.` } as ArticleTextRecord);
        return {
          articles: new Set([id]),
          texts: new Set([id]),
          annotations: new Set(),
          packs: false,
          statuses: false,
          names: false,
        };
      };
      const isSaved = (id: string) => id in (library.stored?.stamps ?? {});
      const queryEachSecondFor = async (seconds: number) => {
        for (let second = 0; second < seconds; second++) {
          // The search gives the worker back between reads (a timer): run while time passes.
          const searched = engine.search(second, 'kourmanghazy', {
            includeChrome: false,
            vocabulary,
          });
          await vi.advanceTimersByTimeAsync(1_000);
          await searched;
        }
      };

      // An analyst searching when the save falls due: it waits for the searching to stop.
      await engine.update(added('first'));
      await queryEachSecondFor(10);
      expect(isSaved('first')).toBe(false);
      await vi.advanceTimersByTimeAsync(3_000);
      expect(isSaved('first')).toBe(true);

      // Searching without pause: saved all the same, a minute after it fell due.
      await engine.update(added('second'));
      await queryEachSecondFor(50);
      expect(isSaved('second')).toBe(false);
      await queryEachSecondFor(20);
      expect(isSaved('second')).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('follows added, changed and removed articles, and loads its stored index without reading texts', async () => {
    const library = newLibrary();
    const engine = new SearchEngine(memorySource(library), ignore);
    await engine.open();
    library.articles.set('new', article('new', 'New'));
    library.texts.set('new', {
      articleId: 'new',
      text: 'Kourmanghazy again.',
    } as ArticleTextRecord);
    library.articles.delete('oped');
    library.texts.delete('oped');
    const touched: TouchedTables = {
      articles: new Set(['new', 'oped']),
      texts: new Set(['new', 'oped']),
      annotations: new Set(),
      packs: false,
      statuses: false,
      names: false,
    };
    await engine.update(touched);
    expect((await run(engine, 'kourmanghazy')).rows.map((row) => row.articleId)).toEqual(['new']);

    await engine.save();
    const readsBefore = library.textReads;
    const reopened = new SearchEngine(memorySource(library), ignore);
    await reopened.open();
    expect(library.textReads).toBe(readsBefore);
    expect((await run(reopened, 'kourmanghazy')).rows.map((row) => row.articleId)).toEqual(['new']);
  });

  it('puts an article added or redated since the last search in date order', async () => {
    const library = newLibrary();
    const engine = new SearchEngine(memorySource(library), ignore);
    const dated = (date: string) =>
      ({
        metadata: { bylines: [], suggestions: [], publishedDate: date },
      }) as Partial<ArticleRecord>;
    const articlesOf = async (query: string) =>
      (await run(engine, query)).rows.map((row) => row.articleId);
    expect(await articlesOf('bank')).toEqual(['fr', 'oped']);
    library.articles.set('newer', article('newer', 'Newer', dated('2026-01-01')));
    library.texts.set('newer', {
      articleId: 'newer',
      text: 'The bank again.',
    } as ArticleTextRecord);
    library.articles.set('oped', {
      ...library.articles.get('oped')!,
      ...dated('2025-06-01'),
      textSha256: 'sha-oped-2',
    });
    await engine.update({
      articles: new Set(['newer', 'oped']),
      texts: new Set(['newer']),
      annotations: new Set(),
      packs: false,
      statuses: false,
      names: false,
    });
    expect(await articlesOf('bank')).toEqual(['newer', 'oped', 'fr']);
  });

  it('proposes the articles of a prefix of several words by its last word as a prefix', async () => {
    // `central-ban*`: the index once looked for the word "ban" itself, so no article held it.
    const engine = new SearchEngine(memorySource(newLibrary()), ignore);
    expect((await run(engine, 'central-ban*')).rows.map((row) => row.match)).toEqual([
      'central bank',
    ]);
  });

  it('delivers the first rows after the first read of texts, before the other hits are resolved', async () => {
    const library = sparseLibrary();
    const events: string[] = [];
    const source = memorySource(library);
    const reading = source.getTexts;
    source.getTexts = (ids) => {
      events.push('read');
      return reading(ids);
    };
    const engine = new SearchEngine(source, ignore);
    await engine.open();
    events.length = 0;
    const all: ResultRow[] = [];
    (engine as unknown as { emit: (m: EngineMessage) => void }).emit = (message) => {
      if (message.kind !== 'rows') return;
      events.push('rows');
      all.push(...message.rows);
    };
    await engine.search(1, 'kourmanghazy', { includeChrome: false, vocabulary });
    expect(events.slice(0, 2)).toEqual(['read', 'rows']);
    expect(events.filter((event) => event === 'read').length).toBeGreaterThan(1);
    expect(all).toHaveLength(31);
  });

  it('reads on after its first rows once the page says it drew them', async () => {
    const library = sparseLibrary();
    const engine = new SearchEngine(memorySource(library), ignore, {
      firstRowsDrawnWaitMs: 60_000,
    });
    await engine.open();
    let readsAtFirstRows = -1;
    const rows: ResultRow[] = [];
    (engine as unknown as { emit: (m: EngineMessage) => void }).emit = (message) => {
      if (message.kind !== 'rows') return;
      if (readsAtFirstRows < 0) readsAtFirstRows = library.textReads;
      rows.push(...message.rows);
    };
    library.textReads = 0;
    const searching = engine.search(1, 'kourmanghazy', { includeChrome: false, vocabulary });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(readsAtFirstRows).toBeGreaterThan(0);
    // Nothing more is read while the page draws the first rows.
    expect(library.textReads).toBe(readsAtFirstRows);
    engine.drawn(2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(library.textReads).toBe(readsAtFirstRows);
    engine.drawn(1);
    await searching;
    expect(library.textReads).toBeGreaterThan(readsAtFirstRows);
    expect(rows).toHaveLength(31);
  });

  it('reads on after its first rows when the page says nothing within the wait', async () => {
    const library = sparseLibrary();
    const engine = new SearchEngine(memorySource(library), ignore, { firstRowsDrawnWaitMs: 30 });
    await engine.open();
    expect((await run(engine, 'kourmanghazy')).rows).toHaveLength(31);
  });

  it('checks an annotation query’s articles as it reads them: the first rows wait for the first read’s', async () => {
    // Forty English articles with one doubt each, forty French ones with ten: the English
    // articles' own rows are fewer than the label's, so they are the rows checked.
    const library = newLibrary();
    const doubt = (id: string, articleId: string) =>
      ({
        ...span(id, articleId, 'technique.doubt'),
        span: { start: 0, end: 4 },
        quote: { exact: 'Once', prefix: '', suffix: '' },
      }) as Annotation;
    for (let n = 0; n < 80; n++) {
      const id = `doubt-${n}`;
      const language = n < 40 ? 'en' : 'fr';
      library.articles.set(id, article(id, `Doubt ${n}`, { language }));
      library.texts.set(id, { articleId: id, text: 'Once in a while.' } as ArticleTextRecord);
      const count = language === 'en' ? 1 : 10;
      for (let k = 0; k < count; k++) library.annotations.push(doubt(`${id}-${k}`, id));
    }
    const engine = new SearchEngine(memorySource(library), ignore);
    await engine.open();
    const checked = vi.spyOn(AnnotationStore.prototype, 'ofArticle');
    let checkedBeforeRows = -1;
    const rows: ResultRow[] = [];
    (engine as unknown as { emit: (m: EngineMessage) => void }).emit = (message) => {
      if (message.kind !== 'rows') return;
      if (checkedBeforeRows < 0) checkedBeforeRows = checked.mock.calls.length;
      rows.push(...message.rows);
    };
    await engine.search(1, 'label:doubt lang:en', { includeChrome: false, vocabulary });
    checked.mockRestore();
    expect(rows).toHaveLength(40);
    // The ten of the first read and the library's other English article, which has none;
    // checking every allowed article first made it 41.
    expect(checkedBeforeRows).toBe(11);
  });

  it('says what is wrong with a query', async () => {
    const engine = new SearchEngine(memorySource(newLibrary()), ignore);
    expect((await run(engine, '"open')).invalid).toMatch(/quotation mark/);
  });
});

import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, SourcemarkDatabase } from '../db/db';
import type { ArticleId, ArticleRecord } from '../db/records';
import { documentAnnotationOf } from '../testing/annotation-records';
import { ingestedArticle } from '../testing/ingested-article';
import { recordRequests } from '../testing/recorded-requests';
import {
  addIngestedArticles,
  countAnnotationsByArticle,
  getArticle,
  getArticleOriginal,
  getArticleText,
  isLibraryEmpty,
  LIST_PAGE,
  listArticleSummaries,
} from './article-repository';
import { isFlagSet, setFlag } from './settings-repository';

const CORRIDOR = 'Le corridor médian gagne en importance\n\nLes échanges ont doublé.\n';
const ALIYEV = 'Une visite historique à Washington\n\nUn tournant diplomatique.';

beforeEach(async () => {
  // Dexie captured fake-indexeddb at import: start each test on a deleted database.
  await db.delete({ disableAutoOpen: false });
});

describe('addIngestedArticles', () => {
  it('stores metadata and text in separate tables', async () => {
    const article = await ingestedArticle('/news/corridor.txt', CORRIDOR);
    const { outcomes } = await addIngestedArticles([article]);

    expect(outcomes).toEqual([
      {
        kind: 'added',
        id: expect.any(String),
        title: 'Le corridor médian gagne en importance',
        sourcePath: '/news/corridor.txt',
      },
    ]);
    const id = outcomes[0]!.kind === 'added' ? outcomes[0]!.id : ('' as ArticleId);
    const record = await getArticle(id);
    expect(record).toMatchObject({
      id,
      title: 'Le corridor médian gagne en importance',
      sourceName: 'corridor.txt',
      language: 'fr',
      textLength: CORRIDOR.length,
      textSha256: article.textSha256,
    });
    expect(record).not.toHaveProperty('text');
    expect(new Date(record!.addedAt).toISOString()).toBe(record!.addedAt);
    expect(await getArticleText(id)).toEqual({
      articleId: id,
      text: CORRIDOR,
      bodyRanges: article.bodyRanges,
      chromeRanges: [],
    });
    // The original is read on request only: the reader's open reads the text row alone.
    expect(await getArticleOriginal(id)).toEqual({ articleId: id, original: CORRIDOR });
  });

  it('keeps a page’s original and whole text beside its text, and says the page text is there', async () => {
    const article = {
      ...(await ingestedArticle('/news/page.html', CORRIDOR)),
      format: 'html' as const,
      original: `<main><p>${CORRIDOR}</p></main>`,
      pageText: `Menu\n${CORRIDOR}`,
    };
    const [outcome] = (await addIngestedArticles([article])).outcomes;
    const id = outcome!.kind === 'added' ? outcome!.id : ('' as ArticleId);
    expect(await getArticleText(id)).toMatchObject({ text: CORRIDOR, hasPageText: true });
    expect(await getArticleText(id)).not.toHaveProperty('pageText');
    expect(await getArticleOriginal(id)).toEqual({
      articleId: id,
      original: article.original,
      pageText: article.pageText,
    });
  });

  it('stores the metadata with the article and the body and chrome ranges with its text', async () => {
    const metadata = {
      byline: 'Jane Doe',
      bylines: [{ name: 'Jane Doe', kind: 'document' as const }],
      publishedDate: '2025-03-11',
      outlet: { name: 'AZERTAC', confidence: 'high' as const },
      suggestions: [{ field: 'genre' as const, value: 'reporting', reason: 'Agency dateline' }],
    };
    const chromeRanges = [{ start: 0, end: 5, kind: 'navigation' as const }];
    const article = await ingestedArticle(
      '/news/page.html',
      `Menu

${CORRIDOR}`,
      {
        format: 'html',
        metadata,
        bodyRanges: [{ start: 6, end: 6 + CORRIDOR.length }],
        chromeRanges,
      },
    );
    const { outcomes } = await addIngestedArticles([article]);
    const id = outcomes[0]!.kind === 'added' ? outcomes[0]!.id : ('' as ArticleId);
    expect((await getArticle(id))?.metadata).toEqual(metadata);
    expect(await getArticleText(id)).toMatchObject({
      bodyRanges: [{ start: 6, end: 6 + CORRIDOR.length }],
      chromeRanges,
    });
  });

  it('reports a text already in the library as a duplicate naming the existing article', async () => {
    const first = await addIngestedArticles([await ingestedArticle('/a/corridor.txt', CORRIDOR)]);
    const existingId = first.outcomes[0]!.kind === 'added' ? first.outcomes[0]!.id : undefined;

    const second = await addIngestedArticles([
      await ingestedArticle('/b/corridor-copy.txt', CORRIDOR, { title: 'Another title' }),
      await ingestedArticle('/b/aliyev.txt', ALIYEV),
    ]);

    expect(second.outcomes.map((outcome) => outcome.kind)).toEqual(['duplicate', 'added']);
    expect(second.outcomes[0]).toEqual({
      kind: 'duplicate',
      sourcePath: '/b/corridor-copy.txt',
      existingTitle: 'Le corridor médian gagne en importance',
      existingId,
    });
    expect(await db.articles.count()).toBe(2);
    expect(await db.articleTexts.count()).toBe(2);
  });

  it('detects duplicates within one batch, keeping the first', async () => {
    const { outcomes } = await addIngestedArticles([
      await ingestedArticle('/a/corridor.txt', CORRIDOR),
      await ingestedArticle('/a/aliyev.txt', ALIYEV),
      await ingestedArticle('/a/corridor-again.txt', CORRIDOR),
    ]);

    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['added', 'added', 'duplicate']);
    const firstId = outcomes[0]!.kind === 'added' ? outcomes[0]!.id : undefined;
    expect(outcomes[2]).toMatchObject({ existingId: firstId, sourcePath: '/a/corridor-again.txt' });
    expect((await listArticleSummaries()).map((article) => article.sourcePath).sort()).toEqual([
      '/a/aliyev.txt',
      '/a/corridor.txt',
    ]);
  });

  it('writes nothing from a batch when one write fails', async () => {
    const good = await ingestedArticle('/a/corridor.txt', CORRIDOR);
    // A function cannot be structured-cloned: IndexedDB itself rejects the second text.
    const bad = await ingestedArticle('/a/aliyev.txt', ALIYEV, {
      original: (() => 'not cloneable') as unknown as string,
    });

    await expect(addIngestedArticles([good, bad])).rejects.toMatchObject({
      name: 'DataCloneError',
    });

    expect(await db.articles.count()).toBe(0);
    expect(await db.articleTexts.count()).toBe(0);
    expect(await isLibraryEmpty()).toBe(true);
  });

  it('keeps the library when the database is closed and opened again', async () => {
    const { outcomes } = await addIngestedArticles([
      await ingestedArticle('/a/corridor.txt', CORRIDOR),
    ]);
    await setFlag('samplesSeeded');
    db.close({ disableAutoOpen: false });

    const reopened = new SourcemarkDatabase();
    try {
      expect(await reopened.articles.count()).toBe(1);
      const first = outcomes[0];
      if (first?.kind !== 'added') throw new Error('the article was not added');
      expect(await reopened.articleTexts.get(first.id)).toMatchObject({ text: CORRIDOR });
      expect(reopened.verno).toBe(db.verno);
    } finally {
      reopened.close();
    }
    // The app's own connection opens again on the next read.
    expect(await isLibraryEmpty()).toBe(false);
    expect(await isFlagSet('samplesSeeded')).toBe(true);
  });
});

describe('library reads', () => {
  it('lists summaries newest first, without texts', async () => {
    await addIngestedArticles([await ingestedArticle('/a/corridor.txt', CORRIDOR)]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await addIngestedArticles([await ingestedArticle('/a/aliyev.txt', ALIYEV)]);

    const summaries = await listArticleSummaries();
    expect(summaries.map((summary) => summary.sourceName)).toEqual(['aliyev.txt', 'corridor.txt']);
    for (const summary of summaries) expect(summary).not.toHaveProperty('text');
  });

  it('counts annotations per article', async () => {
    const { outcomes } = await addIngestedArticles([
      await ingestedArticle('/a/corridor.txt', CORRIDOR),
      await ingestedArticle('/a/aliyev.txt', ALIYEV),
    ]);
    const [corridor, aliyev] = outcomes.map((outcome) =>
      outcome.kind === 'added' ? outcome.id : ('' as ArticleId),
    ) as [ArticleId, ArticleId];
    await db.annotations.bulkAdd([
      documentAnnotationOf('n1', corridor),
      documentAnnotationOf('n2', corridor),
      documentAnnotationOf('n3', corridor),
    ]);

    const counts = await countAnnotationsByArticle([corridor, aliyev]);
    expect(counts.get(corridor)).toBe(3);
    expect(counts.has(aliyev)).toBe(false);
  });

  it('answers undefined for an unknown article', async () => {
    expect(await getArticle('missing' as ArticleId)).toBeUndefined();
    expect(await getArticleText('missing' as ArticleId)).toBeUndefined();
  });
});

describe('settings flags', () => {
  it('are unset until set, and can be cleared', async () => {
    expect(await isFlagSet('samplesSeeded')).toBe(false);
    await setFlag('samplesSeeded');
    expect(await isFlagSet('samplesSeeded')).toBe(true);
    await setFlag('samplesSeeded', false);
    expect(await isFlagSet('samplesSeeded')).toBe(false);
  });
});

const articleRequests = recordRequests('articles');

describe('listArticleSummaries a page at a time', () => {
  it('lists a large library newest first, whole, an import chunk across a page break included', async () => {
    // 2,600 articles in groups of 40 sharing a date, as an import's chunk shares one; the
    // groups are offset by 15, so the page breaks fall inside a group.
    const records = Array.from({ length: 2_600 }, (_, i) => ({
      id: `a${String(i).padStart(4, '0')}` as ArticleId,
      title: `Article ${i}`,
      sourcePath: `/news/${i}.txt`,
      sourceName: `${i}.txt`,
      format: 'txt',
      sizeBytes: 1,
      modifiedAtMs: 0,
      encoding: 'utf-8',
      language: 'fr',
      textSha256: `sha${i}`,
      textLength: 1,
      addedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, Math.floor((i + 15) / 40))).toISOString(),
    })) as ArticleRecord[];
    await db.articles.bulkAdd(records);
    const heard: [number, number | undefined][] = [];
    articleRequests.clear();
    const listed = await listArticleSummaries((soFar, total) => heard.push([soFar.length, total]));
    const expected = await db.articles.orderBy('addedAt').reverse().toArray();
    expect(listed.map((a) => a.id)).toEqual(expected.map((a) => a.id));
    expect(new Set(listed.map((a) => a.id)).size).toBe(2_600);
    // The first page is asked before the library's size, which Chromium counts entry by
    // entry: the first page is not behind the count.
    expect(articleRequests.asked.slice(0, 2)).toEqual([`query limit ${LIST_PAGE}`, 'count']);
    // The first pages are heard while the rest is read; the library's size once counted.
    expect(heard.map(([, total]) => total)).toEqual([undefined, 2_600]);
    expect(heard[0]![0]).toBe(LIST_PAGE);
  });
});

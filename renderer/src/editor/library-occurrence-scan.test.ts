import { describe, expect, it } from 'vitest';
import type { ArticleId } from '../annotation/types';
import type { SearchableArticle } from '../store/annotation-repository';
import { scanLibrary, type ScanProgress, type ScanStore } from './library-occurrence-scan';

/** A library of `count` articles, each saying its own number; counts the texts read. */
function library(count: number) {
  const ids = Array.from({ length: count }, (_, i) => `article-${i}` as ArticleId);
  const reads: number[] = [];
  const store: ScanStore = {
    listIds: async () => ids,
    read: async (wanted) => {
      reads.push(wanted.length);
      return wanted.map((id): SearchableArticle => ({
        articleId: id,
        title: id,
        text: id,
        chromeRanges: [],
      }));
    },
  };
  return { store, reads };
}

describe('scanLibrary', () => {
  it('reads the library a batch at a time, leaving the open article out, with progress', async () => {
    const { store, reads } = library(251);
    const batches: [number, ScanProgress][] = [];
    await scanLibrary(
      (article) => [article.articleId],
      {
        skip: 'article-0' as ArticleId,
        signal: new AbortController().signal,
        onBatch: (hits, progress) => batches.push([hits.length, progress]),
      },
      store,
    );
    // Never all 250 texts in one read: that was one 50 MB task at 10,000 articles.
    expect(reads).toEqual([100, 100, 50]);
    expect(batches).toEqual([
      [0, { done: 0, total: 250 }],
      [100, { done: 100, total: 250 }],
      [100, { done: 200, total: 250 }],
      [50, { done: 250, total: 250 }],
    ]);
  });

  it('stops reading once cancelled', async () => {
    const { store, reads } = library(500);
    const stop = new AbortController();
    let found = 0;
    await scanLibrary(
      (article) => [article],
      {
        skip: 'none' as ArticleId,
        signal: stop.signal,
        onBatch: (hits) => {
          found += hits.length;
          if (found >= 100) stop.abort();
        },
      },
      store,
    );
    expect(found).toBe(100);
    expect(reads).toEqual([100]);
  });
});

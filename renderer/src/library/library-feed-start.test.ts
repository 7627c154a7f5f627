import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db/db';
import { ingestedArticle } from '../testing/ingested-article';
import { addIngestedArticles } from './article-repository';
import { watchLibraryRows } from './library-feed';
import type * as Repository from './article-repository';

/** What the feed asked the repository for, in order. */
const asked: string[] = [];

vi.mock('./article-repository', async (importOriginal) => {
  const actual = await importOriginal<typeof Repository>();
  return {
    ...actual,
    listArticleRows: async (...args: Parameters<typeof actual.listArticleRows>) => {
      asked.push('rows: asked');
      const rows = await actual.listArticleRows(...args);
      asked.push('rows: read');
      return rows;
    },
    readAnnotationCounts: () => {
      asked.push('counts: asked');
      return actual.readAnnotationCounts();
    },
  };
});

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  asked.length = 0;
});

describe('the library feed as the library first appears', () => {
  it('asks for the annotation counts beside the rows, not after the last page of them', async () => {
    const articles = await Promise.all(
      [1, 2, 3].map((n) => ingestedArticle(`/news/${n}.txt`, `Dépêche ${n}\n\nTexte ${n}.`)),
    );
    await addIngestedArticles(articles);
    asked.length = 0;
    let counted: (() => void) | undefined;
    const isCounted = new Promise<void>((resolve) => (counted = resolve));
    const feed = watchLibraryRows(
      (rows) => {
        if (rows.length === 3 && rows.every((row) => row.annotationCount === 0)) counted?.();
      },
      (error) => {
        throw error;
      },
    );
    await isCounted;
    feed.stop();
    expect(asked.indexOf('counts: asked')).toBeGreaterThanOrEqual(0);
    expect(asked.indexOf('counts: asked')).toBeLessThan(asked.indexOf('rows: read'));
    // One walk of the counts, shared by the rows' patch that follows.
    expect(asked.filter((step) => step === 'counts: asked')).toHaveLength(1);
  });
});

/** Page model of the review and agreement screens, and of seeding colleagues' sets. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Annotation } from '../../../renderer/src/annotation/types';
import { packedAnnotations } from '../../../renderer/src/db/packed-annotations';
import type { AnnotationPackRecord } from '../../../renderer/src/db/records';
import { authorDeltasOf } from '../../../renderer/src/stats/author-totals';
import { derivedRows } from '../../bench/derived-rows';

/** A span to seed: `phrase` at its first place, optionally widened to the left. */
export interface SeedSpan {
  id: string;
  author: 'self' | string;
  itemId: string;
  phrase: string;
  /** Characters added before the phrase (a boundary disagreement). */
  extendLeft?: number;
  /** Attribute values (verdict, claim type…). */
  attributes?: Record<string, string | string[] | boolean>;
  /** A document-level annotation instead of a span: `phrase` is then ignored. */
  isDocument?: boolean;
  /** Explicit offsets instead of looking `phrase` up. */
  range?: { start: number; end: number };
}

export class ReviewPage {
  readonly screen: Locator;
  readonly text: Locator;
  readonly list: Locator;
  readonly status: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByRole('region', { name: 'Review' });
    this.text = this.screen.locator('[aria-label="Compared text"]');
    this.list = page.getByRole('region', { name: 'Disagreements' });
    this.status = this.screen.getByRole('status');
    this.count = page.getByTestId('review-count');
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Review', exact: true }).click();
    await expect(this.screen).toBeVisible();
  }

  marks(kind: string): Locator {
    return this.text.locator(`mark[data-kind="${kind}"]`);
  }

  currentItem(): Locator {
    return this.list.locator('[aria-current="true"]');
  }

  async filterKind(kindName: string): Promise<void> {
    await this.list.getByLabel('Filter by kind').selectOption({ label: kindName });
  }

  /** The stored text of the article titled `articleTitle`, as spans' offsets count it. */
  async storedText(articleTitle: string): Promise<string> {
    return this.page.evaluate(async (title) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('sourcemark');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const done = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const read = db.transaction(['articles', 'articleTexts'], 'readonly');
      const articles = (await done(read.objectStore('articles').getAll())) as {
        id: string;
        title: string;
      }[];
      const article = articles.find((a) => a.title === title);
      if (!article) throw new Error(`no article ${title}`);
      const row = (await done(read.objectStore('articleTexts').get(article.id))) as {
        text: string;
      };
      db.close();
      return row.text;
    }, articleTitle);
  }

  /**
   * Writes annotations straight into the app's IndexedDB with the raw API (as an imported
   * colleague set would land), plus an `analysts` row per colleague, and the article's
   * annotation totals and count, and its authors' totals, the app's own writes keep beside them
   * (`stats/article-tally.ts`, `stats/author-totals.ts`, counted here by the app's pure
   * functions). Dexie does not see these writes, so the
   * caller reloads the page afterwards.
   */
  async seed(
    articleTitle: string,
    spans: SeedSpan[],
    colleagues: { id: string; name: string }[],
  ): Promise<void> {
    const { rows, held } = await this.page.evaluate(
      async ({ articleTitle, spans }) => {
        const open = () =>
          new Promise<IDBDatabase>((resolve, reject) => {
            const request = indexedDB.open('sourcemark');
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
        const done = <T>(request: IDBRequest<T>) =>
          new Promise<T>((resolve, reject) => {
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
        const db = await open();
        const read = db.transaction(
          ['articles', 'articleTexts', 'settings', 'annotations', 'annotationPacks'],
          'readonly',
        );
        const articles = (await done(read.objectStore('articles').getAll())) as {
          id: string;
          title: string;
        }[];
        const article = articles.find((a) => a.title === articleTitle);
        if (!article) throw new Error(`no article ${articleTitle}`);
        const { text } = (await done(read.objectStore('articleTexts').get(article.id))) as {
          text: string;
        };
        const analyst = (await done(read.objectStore('settings').get('analyst'))) as {
          value: { id: string };
        };
        // What the article holds already, rows and packs: its totals count them too.
        const heldRows = await done(
          read
            .objectStore('annotations')
            .index('[articleId+author]')
            .getAll(IDBKeyRange.bound([article.id], [article.id, []])),
        );
        const heldPacks = await done(
          read.objectStore('annotationPacks').index('articleId').getAll(article.id),
        );
        const now = new Date().toISOString();
        const rows = spans.map((s) => {
          const common = {
            id: s.id,
            articleId: article.id,
            itemId: s.itemId,
            codebook: { codebookId: 'sourcemark-news-default', version: 1 },
            attributes: s.attributes ?? {},
            note: '',
            author: s.author === 'self' ? analyst.value.id : s.author,
            createdAt: now,
            modifiedAt: now,
          };
          if (s.isDocument) return { ...common, kind: 'document' };
          const at = s.range ? s.range.start : text.indexOf(s.phrase);
          if (at < 0) throw new Error(`phrase not found: ${s.phrase}`);
          const start = at - (s.extendLeft ?? 0);
          const end = s.range ? s.range.end : at + s.phrase.length;
          return {
            ...common,
            kind: 'span',
            span: { start, end },
            quote: {
              exact: text.slice(start, end),
              prefix: text.slice(Math.max(0, start - 32), start),
              suffix: text.slice(end, end + 32),
            },
          };
        });
        db.close();
        return { rows, held: { rows: heldRows, packs: heldPacks } };
      },
      { articleTitle, spans },
    );
    const written = new Set(rows.map((row) => row.id));
    const heldAll = [
      ...(held.rows as Annotation[]),
      ...(held.packs as AnnotationPackRecord[]).flatMap(packedAnnotations),
    ];
    const before = heldAll.filter((annotation) => !written.has(annotation.id));
    // The totals and span buckets the app's own writes would store beside the rows, and how
    // each author's total moves: the article's annotations after, less those it held.
    const after = [...before, ...(rows as unknown as Annotation[])];
    const {
      articleTallies: tallies,
      spanBuckets: buckets,
      articleCounts: counts,
    } = derivedRows([], after);
    const moves = authorDeltasOf([
      ...after.map((annotation) => ({ annotation, sign: 1 as const })),
      ...heldAll.map((annotation) => ({ annotation, sign: -1 as const })),
    ]);
    const authorMoves = [...moves];
    await this.page.evaluate(
      async ({ rows, tallies, buckets, counts, colleagues, authorMoves }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('sourcemark');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const now = new Date().toISOString();
        const write = db.transaction(
          [
            'annotations',
            'analysts',
            'articleTallies',
            'spanBuckets',
            'authorTotals',
            'articleCounts',
          ],
          'readwrite',
        );
        const totals = write.objectStore('authorTotals');
        for (const [author, move] of authorMoves) {
          const stored = totals.get(author);
          stored.onsuccess = () => {
            const total = ((stored.result?.total as number) ?? 0) + move;
            if (total === 0) totals.delete(author);
            else totals.put({ author, total });
          };
        }
        for (const row of rows) write.objectStore('annotations').put(row);
        for (const tally of tallies) {
          write.objectStore('articleTallies').put(tally);
          const id = tally.articleId;
          write
            .objectStore('spanBuckets')
            .delete(IDBKeyRange.bound([id, -Infinity], [id, Infinity]));
          // The article's count is keyed by its total: its earlier key goes.
          write
            .objectStore('articleCounts')
            .delete(IDBKeyRange.bound([id, -Infinity], [id, Infinity]));
        }
        for (const bucket of buckets) write.objectStore('spanBuckets').put(bucket);
        for (const count of counts) write.objectStore('articleCounts').put(count);
        for (const c of colleagues) {
          write.objectStore('analysts').put({ ...c, role: 'colleague', importedAt: now });
        }
        await new Promise<void>((resolve, reject) => {
          write.oncomplete = () => resolve();
          write.onerror = () => reject(write.error);
        });
        db.close();
      },
      { rows, tallies, buckets, counts, colleagues, authorMoves },
    );
  }
}

import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, ArticleId, AuthorId } from '../annotation/types';
import { db } from '../db/db';
import { documentAnnotationOf, spanAnnotationOf } from '../testing/annotation-records';
import { storeAsImported } from '../testing/imported-annotations';
import { writeChangeSet } from './annotation-repository';
import { pageArticleAnnotations, type AnnotationPage } from './article-annotation-pages';
import { creation, deletion } from './change-set';

const TEXT = 'x'.repeat(1_000);
const article = 'article-1' as ArticleId;
const colleague = 'colleague-1' as AuthorId;

/** A span annotation of `article` at `start`, one unit long. */
const at = (id: string, start: number) => spanAnnotationOf(id, article, TEXT, start, start + 1);

async function allPages(firstPageRows: number): Promise<AnnotationPage[]> {
  const pager = pageArticleAnnotations(article, firstPageRows);
  const pages: AnnotationPage[] = [];
  for (let page = await pager.next(); page; page = await pager.next()) pages.push(page);
  return pages;
}

const ids = (rows: readonly Annotation[]) => rows.map((row) => row.id).sort();

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

describe('pageArticleAnnotations', () => {
  it('reads the spans in text order, the first page with what is not a span row', async () => {
    const spans = Array.from({ length: 20 }, (_, i) =>
      at(`s${String(i).padStart(2, '0')}`, i * 10),
    );
    const profile = documentAnnotationOf('d1', article);
    const packed = spanAnnotationOf('p1', article, TEXT, 900, 905, { author: colleague });
    await writeChangeSet(creation('tag', [...spans.slice().reverse(), profile]));
    await writeChangeSet(
      creation(
        'elsewhere',
        [at('other', 0)].map((row) => ({ ...row, articleId: 'article-2' as ArticleId })),
      ),
    );
    await storeAsImported([packed]);

    const pages = await allPages(3);
    // 3 span rows, then 9 (from 20 to 100), then the rest from 100 on: each page starts at
    // the last start of the one before.
    expect(pages.map((page) => page.spansBefore)).toEqual([20, 100, Infinity]);
    expect(ids(pages[0]!.rows)).toEqual(['d1', 'p1', 's00', 's01', 's02']);
    // The next page starts at the last start read again: it may repeat that row.
    const read = new Set(pages.flatMap((page) => page.rows.map((row) => row.id)));
    expect([...read].sort()).toEqual([...ids(spans), 'd1', 'p1'].sort());
    for (const page of pages)
      for (const row of page.rows)
        if (row.kind === 'span' && row.author !== colleague)
          expect(row.span.start).toBeGreaterThanOrEqual(
            pages[pages.indexOf(page) - 1]?.spansBefore ?? 0,
          );
  });

  it('gets past a whole page of rows that start at the same offset', async () => {
    const same = Array.from({ length: 5 }, (_, i) => at(`same${i}`, 50));
    await writeChangeSet(creation('tag', [at('first', 10), ...same, at('last', 70)]));
    const pages = await allPages(2);
    const read = new Set(pages.flatMap((page) => page.rows.map((row) => row.id)));
    expect([...read].sort()).toEqual(['first', 'last', ...same.map((row) => row.id)].sort());
    expect(pages.at(-1)!.spansBefore).toBe(Infinity);
    // Every page says truly which spans it has covered.
    const seen = new Set<string>();
    for (const page of pages) {
      for (const row of page.rows) seen.add(row.id);
      for (const row of [at('first', 10), ...same, at('last', 70)])
        if (row.span.start < page.spansBefore) expect(seen.has(row.id)).toBe(true);
    }
  });

  it('answers one complete page for an article without annotations', async () => {
    expect(await allPages(3)).toEqual([{ rows: [], spansBefore: Infinity }]);
  });

  it('reads the next page ahead, and reads it again after a write it may not hold', async () => {
    const spans = Array.from({ length: 20 }, (_, i) =>
      at(`s${String(i).padStart(2, '0')}`, i * 10),
    );
    await writeChangeSet(creation('tag', spans));
    const pager = pageArticleAnnotations(article, 5);
    const first = await pager.next();
    expect(ids(first!.rows)).toEqual(['s00', 's01', 's02', 's03', 's04']);
    // The second page is being read; s07, in it, is deleted meanwhile.
    await writeChangeSet(deletion('untag', [spans[7]!]));
    pager.discardAhead();
    const rest: Annotation[] = [];
    for (let page = await pager.next(); page; page = await pager.next()) rest.push(...page.rows);
    expect(ids(rest)).not.toContain('s07');
    expect(new Set(ids(rest))).toEqual(
      new Set(spans.slice(4).flatMap((span) => (span.id === 's07' ? [] : [span.id]))),
    );
  });
});

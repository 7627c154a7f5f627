import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, ArticleId } from '../annotation/types';
import { db } from '../db/db';
import { storeAsImported } from '../testing/imported-annotations';
import { spanAnnotationOf } from '../testing/annotation-records';
import { writeChangeSet } from './annotation-repository';
import { watchArticleAnnotations } from './article-annotation-feed';
import { creation, deletion, update } from './change-set';

const TEXT = 'Bakou, 11 mars. Djeyhoun Baïramov a rencontré Murat Nurtleu.';
const article = 'article-1' as ArticleId;
const person = spanAnnotationOf('a1', article, TEXT, 16, 33);
const other = spanAnnotationOf('a2', article, TEXT, 46, 59);

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

/**
 * Watches `article`; `next()` answers the next delivery's rows, `nextPage()` the rows with
 * the offset before which its spans are complete.
 */
function watch(firstPageRows?: number) {
  const deliveries: { rows: readonly Annotation[]; spansBefore: number }[] = [];
  let wake: (() => void) | undefined;
  const stop = watchArticleAnnotations(
    article,
    (rows, spansBefore) => {
      deliveries.push({ rows, spansBefore });
      wake?.();
    },
    (error) => {
      throw error;
    },
    firstPageRows === undefined ? {} : { firstPageRows },
  );
  const nextPage = async () => {
    while (deliveries.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return deliveries.shift()!;
  };
  const next = async () => (await nextPage()).rows;
  return { next, nextPage, stop };
}

describe('watchArticleAnnotations', () => {
  it('reads the article, then re-reads only the rows a write touched', async () => {
    await writeChangeSet(creation('tag', [person, other]));
    const feed = watch();
    const first = await feed.next();
    expect(first.map((row) => row.id)).toEqual(['a1', 'a2']);

    const noted = { ...other, note: 'vu' };
    await writeChangeSet(update('note', [other], [noted]));
    const second = await feed.next();
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toEqual(noted);

    await writeChangeSet(deletion('del', [person]));
    expect((await feed.next()).map((row) => row.id)).toEqual(['a2']);
    feed.stop();
  });

  it('ignores rows of other articles and reads everything again after a bulk write', async () => {
    const feed = watch();
    expect(await feed.next()).toEqual([]);
    const elsewhere = spanAnnotationOf('b1', 'article-2' as ArticleId, TEXT, 0, 5);
    const many = Array.from({ length: 60 }, (_, i) =>
      spanAnnotationOf(`m${String(i).padStart(2, '0')}`, article, TEXT, i, i + 1),
    );
    await writeChangeSet(creation('elsewhere', [elsewhere]));
    await writeChangeSet(creation('many', many));
    // The database made afresh may announce itself as changed: a delivery of nothing first.
    let rows = await feed.next();
    while (rows.length === 0) rows = await feed.next();
    expect(rows).toHaveLength(60);
    expect(rows.map((row) => row.id)).toEqual(many.map((row) => row.id));
    feed.stop();
  });

  it('delivers an imported set stored as a pack, and its annotations once edited', async () => {
    const feed = watch();
    expect(await feed.next()).toEqual([]);
    const theirs = { ...other, author: 'colleague-1' as Annotation['author'] };
    await storeAsImported([theirs]);
    let rows = await feed.next();
    while (rows.length === 0) rows = await feed.next();
    expect(rows).toEqual([theirs]);

    await writeChangeSet(update('note', [theirs], [{ ...theirs, note: 'vu' }]));
    rows = await feed.next();
    expect(rows.map((row) => row.note)).toEqual(['vu']);
    feed.stop();
  });

  it('delivers a long article a page at a time in text order, each page saying how far', async () => {
    const spans = Array.from({ length: 12 }, (_, i) =>
      spanAnnotationOf(`s${String(i).padStart(2, '0')}`, article, TEXT, i * 4, i * 4 + 3),
    );
    await writeChangeSet(creation('tag', spans));
    const feed = watch(2);
    const first = await feed.nextPage();
    expect(first.spansBefore).toBe(4);
    expect(first.rows.map((row) => row.id)).toEqual(['s00', 's01']);

    // A tag made while the rest is read lands once, in its place.
    const late = spanAnnotationOf('late', article, TEXT, 45, 47);
    await writeChangeSet(creation('tag', [late]));
    let page = first;
    const seen: number[] = [first.spansBefore];
    while (page.spansBefore !== Infinity) {
      page = await feed.nextPage();
      seen.push(page.spansBefore);
      // Whatever the page, every span starting before its offset is there, in order.
      const held = new Set(page.rows.map((row) => row.id));
      for (const span of spans)
        if (span.span.start < page.spansBefore) expect(held.has(span.id)).toBe(true);
      const starts = page.rows.map((row) => (row.kind === 'span' ? row.span.start : Infinity));
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    expect(seen.length).toBeGreaterThan(2);
    expect(page.rows.map((row) => row.id)).toEqual([...spans.map((row) => row.id), 'late']);
    // Rows read in an earlier page stay the same objects.
    expect(page.rows[0]).toBe(first.rows[0]);
    feed.stop();
  });
});

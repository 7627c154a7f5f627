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

/** Watches `article`; `next()` answers the next delivery. */
function watch() {
  const deliveries: (readonly Annotation[])[] = [];
  let wake: (() => void) | undefined;
  const stop = watchArticleAnnotations(
    article,
    (rows) => {
      deliveries.push(rows);
      wake?.();
    },
    (error) => {
      throw error;
    },
  );
  const next = async () => {
    while (deliveries.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return deliveries.shift()!;
  };
  return { next, stop };
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
});

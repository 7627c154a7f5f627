import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationId, ArticleId, AuthorId } from '../annotation/types';
import { db } from '../db/db';
import { storeAsImported } from '../testing/imported-annotations';
import { recordRequests } from '../testing/recorded-requests';
import { documentAnnotationOf, spanAnnotationOf } from '../testing/annotation-records';
import {
  listArticleAnnotations,
  spansByArticle,
  StaleChangeError,
  writeChangeSet,
  writeEdit,
} from './annotation-repository';
import {
  annotationTables,
  countAnnotationsByArticle,
  getAnnotations,
  getSetAnnotations,
  openPackWriter,
  packedAnnotations,
} from './annotation-storage';
import { creation, deletion, invertChangeSet, update } from './change-set';
import { editLatest } from './edit';
import { deleteEdit } from '../editor/annotation-edits';

const TEXT = 'Bakou, 11 mars. Djeyhoun Baïramov a rencontré Murat Nurtleu.';
const article = 'article-1' as ArticleId;
const colleague = 'colleague-1' as AuthorId;
const theirs = [
  spanAnnotationOf('c1', article, TEXT, 16, 33, { author: colleague }),
  spanAnnotationOf('c2', article, TEXT, 46, 59, { author: colleague }),
  documentAnnotationOf('c3', article, 'document.genre', { author: colleague }),
];
const mine = spanAnnotationOf('m1', article, TEXT, 0, 5);

/**
 * Counts the pack reads made below the totals middleware (a DBCore middleware closer to
 * the database), from the next time `db` opens until `stop`.
 */
function countPackReads() {
  const reads = { count: 0, stop: () => void db.unuse({ stack: 'dbcore', name: 'count-reads' }) };
  db.close({ disableAutoOpen: false });
  db.use({
    stack: 'dbcore',
    name: 'count-reads',
    level: 0,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'annotationPacks') return table;
        return {
          ...table,
          getMany: (request) => {
            reads.count += request.keys.length;
            return table.getMany(request);
          },
        };
      },
    }),
  });
  return reads;
}

/** Stores `theirs` as an import does, and `mine` as the editor does. */
async function seed() {
  await storeAsImported(theirs);
  await writeChangeSet(creation('tag', [mine]));
}

const allIds = ['m1', 'c1', 'c2', 'c3'] as AnnotationId[];
const packIdReads = recordRequests('annotationPackIds');

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

describe('annotations stored in packs', () => {
  it('are read by id, by article, by set and counted like rows', async () => {
    await seed();
    expect(await db.annotationPacks.count()).toBe(1);
    expect((await getAnnotations(allIds)).map((a) => a?.id)).toEqual(allIds);
    expect((await getAnnotations(['gone'] as AnnotationId[]))[0]).toBeUndefined();
    expect((await listArticleAnnotations(article)).map((a) => a.id)).toEqual([
      'm1',
      'c1',
      'c2',
      'c3',
    ]);
    expect((await getSetAnnotations([[article, colleague]])).map((a) => a.id)).toEqual([
      'c1',
      'c2',
      'c3',
    ]);
    expect(await countAnnotationsByArticle([article])).toEqual(new Map([[article, 4]]));
    expect((await spansByArticle(colleague, theirs[0]!.itemId)).get(article)).toHaveLength(2);
  });

  it('become rows on the first edit of one of them, which undo reverts', async () => {
    await seed();
    const change = await writeEdit(
      editLatest(theirs[0]!, (latest) => update('note', [latest], [{ ...latest, note: 'vu' }])),
    );
    expect(await db.annotationPacks.count()).toBe(0);
    expect(await db.annotations.count()).toBe(4);
    expect((await db.annotations.get('c1' as AnnotationId))?.note).toBe('vu');
    expect(await db.annotations.get('c2' as AnnotationId)).toEqual(theirs[1]);

    await writeChangeSet(invertChangeSet(change));
    expect((await db.annotations.get('c1' as AnnotationId))?.note).toBe('');
    expect(await countAnnotationsByArticle([article])).toEqual(new Map([[article, 4]]));
  });

  it('can be deleted: the rest of the pack stays, and undo brings it back', async () => {
    await seed();
    const removed = deletion('delete', [theirs[1]!]);
    await writeChangeSet(removed);
    expect((await listArticleAnnotations(article)).map((a) => a.id)).toEqual(['m1', 'c1', 'c3']);
    await writeChangeSet(invertChangeSet(removed));
    expect((await listArticleAnnotations(article)).map((a) => a.id)).toEqual([
      'm1',
      'c1',
      'c2',
      'c3',
    ]);
  });

  it('are looked for in the pack of the article and author the edit names, not in every id list', async () => {
    await seed();
    // Another article's pack: an edit of c1 has no reason to read it, nor any id list.
    const elsewhere = spanAnnotationOf('c9', 'article-2' as ArticleId, TEXT, 0, 5, {
      author: colleague,
    });
    await storeAsImported([elsewhere]);
    packIdReads.clear();
    await writeChangeSet(update('note', [theirs[0]!], [{ ...theirs[0]!, note: 'vu' }]));
    expect(packIdReads.asked).toEqual([]);
    expect((await db.annotations.get('c1' as AnnotationId))?.note).toBe('vu');
    expect(await db.annotationPacks.count()).toBe(1);
    expect((await getAnnotations(['c9'] as AnnotationId[]))[0]).toEqual(elsewhere);
    // An edit built from the latest stored version reads it from its article's packs too.
    packIdReads.clear();
    await writeEdit(
      editLatest(elsewhere, (latest) => update('note', [latest], [{ ...latest, note: 'lu' }])),
    );
    expect(packIdReads.asked).toEqual([]);
    expect((await db.annotations.get('c9' as AnnotationId))?.note).toBe('lu');
    expect(await db.annotationPacks.count()).toBe(0);
  });

  it("are looked for in their article's packs when the reader deletes one, its claims unlinked", async () => {
    const claim = { ...theirs[0]!, links: { sourceId: theirs[1]!.id } };
    await storeAsImported([claim, theirs[1]!, theirs[2]!]);
    await storeAsImported([
      spanAnnotationOf('c9', 'article-2' as ArticleId, TEXT, 0, 5, { author: colleague }),
    ]);
    packIdReads.clear();
    await writeEdit(deleteEdit([theirs[1]!], [claim, theirs[1]!, theirs[2]!]));
    expect(packIdReads.asked).toEqual([]);
    const left = await listArticleAnnotations(article);
    expect(left.map((a) => a.id)).toEqual(['c1', 'c3']);
    expect(left[0]).toMatchObject({ kind: 'span', links: {} });
  });

  it('stay packed when a stale change is refused', async () => {
    await seed();
    const outdated = { ...theirs[0]!, note: 'an older note' };
    await expect(
      writeChangeSet(update('note', [outdated], [{ ...outdated, note: 'new' }])),
    ).rejects.toBeInstanceOf(StaleChangeError);
    expect(await db.annotationPacks.count()).toBe(1);
    expect(await db.annotations.count()).toBe(1);
    expect((await getAnnotations(['c1'] as AnnotationId[]))[0]).toEqual(theirs[0]);
  });

  it('join the pack already there when more of the same set is imported', async () => {
    await seed();
    const more = spanAnnotationOf('c4', article, TEXT, 0, 5, { author: colleague });
    await storeAsImported([more]);
    const pack = await db.annotationPacks.get([article, colleague]);
    expect(packedAnnotations(pack!).map((a) => a.id)).toEqual(['c1', 'c2', 'c3', 'c4']);
    const ids = await db.annotationPackIds.get([article, colleague]);
    expect(ids?.annotationIds).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(await countAnnotationsByArticle([article])).toEqual(new Map([[article, 5]]));
  });

  it('are written whole when one import adds to one pack twice, over a pack already there', async () => {
    await seed();
    const more = [4, 5].map((n) =>
      spanAnnotationOf(`c${n}`, article, TEXT, n, n + 1, { author: colleague }),
    );
    await db.transaction('rw', annotationTables(), async () => {
      const writer = await openPackWriter();
      expect([...writer.heldIds].sort()).toEqual(['c1', 'c2', 'c3', 'm1']);
      writer.add([more[0]!]);
      writer.add([more[1]!]);
      await writer.done();
    });
    const pack = await db.annotationPacks.get([article, colleague]);
    expect(
      packedAnnotations(pack!)
        .map((a) => a.id)
        .sort(),
    ).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    const ids = await db.annotationPackIds.get([article, colleague]);
    expect(ids?.annotationIds.sort()).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
  });

  it('join a stored pack whose id list is missing, rather than write over it', async () => {
    await db.annotationPacks.put({ articleId: article, author: colleague, annotations: theirs });
    await storeAsImported([spanAnnotationOf('c4', article, TEXT, 0, 5, { author: colleague })]);
    const pack = await db.annotationPacks.get([article, colleague]);
    expect(packedAnnotations(pack!).map((a) => a.id)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect((await db.articleTallies.get(article))?.total).toBe(4);
  });

  it('are added, never read first, when their pack is new to the profile', async () => {
    await storeAsImported([theirs[0]!]);
    const other = 'colleague-2' as AuthorId;
    const reads = countPackReads();
    try {
      await storeAsImported([
        spanAnnotationOf('d1', article, TEXT, 16, 33, { author: other }),
        spanAnnotationOf('d2', 'article-2' as ArticleId, TEXT, 0, 5, { author: other }),
      ]);
      // The totals middleware reads the packs a put would replace; an add replaces none.
      expect(reads.count).toBe(0);
      expect((await db.articleTallies.get(article))?.total).toBe(2);
      // A pack already stored is still read, then rewritten with the annotations added.
      await storeAsImported([spanAnnotationOf('c9', article, TEXT, 0, 5, { author: colleague })]);
      expect(reads.count).toBeGreaterThan(0);
      expect((await db.articleTallies.get(article))?.total).toBe(3);
    } finally {
      reads.stop();
    }
  });

  it('are stored as one JSON string each, and packs of the earlier object form still read and grow', async () => {
    await seed();
    const stored = await db.annotationPacks.get([article, colleague]);
    expect(stored && 'annotationsJson' in stored && typeof stored.annotationsJson).toBe('string');
    // A pack as imports wrote them before: the annotations as objects.
    await db.annotationPacks.put({ articleId: article, author: colleague, annotations: theirs });
    expect((await getAnnotations(['c2'] as AnnotationId[]))[0]).toEqual(theirs[1]);
    await storeAsImported([spanAnnotationOf('c4', article, TEXT, 0, 5, { author: colleague })]);
    const grown = await db.annotationPacks.get([article, colleague]);
    expect(grown && 'annotationsJson' in grown).toBe(true);
    expect(packedAnnotations(grown!).map((a) => a.id)).toEqual(['c1', 'c2', 'c3', 'c4']);
  });
});

/**
 * Where annotations live: a row each in `annotations`, or, for imported sets and the rows a
 * large restore writes (`backup/row-packs.ts`), a pack of one author's annotations on one
 * article in `annotationPacks` (see `AnnotationPackRecord` for why). Every annotation is in exactly one of the two. Reads here look in both; the first
 * write that touches a packed annotation moves its pack into rows, so edits, undo and the
 * per-row change feed only ever deal with rows. Only this module knows about packs.
 *
 * The functions that write must run inside a read-write transaction over `annotationTables()`.
 */
import { cmp } from 'dexie';
import type { Annotation, AnnotationId, ArticleId, AuthorId } from '../annotation/types';
import { db, type SourcemarkDatabase } from '../db/db';
import { isHeldAsRows, packedAnnotations, packRecordOf } from '../db/packed-annotations';
import type { AnnotationPackIdsRecord, AnnotationPackRecord } from '../db/records';

/** The tables an annotation may be in: every transaction over annotations opens both. */
export function annotationTables() {
  return [db.annotations, db.annotationPacks, db.annotationPackIds];
}

/** The name Dexie's change events give the packs table (`storagemutated` parts). */
export const PACKS_PART = `idb://${db.name}/annotationPacks/`;

type PackKey = [ArticleId, AuthorId];

export { packedAnnotations };

/** The packs of these articles and authors that are stored, each once. */
async function packsOf(
  owners: readonly { articleId: ArticleId; author: AuthorId }[],
): Promise<AnnotationPackRecord[]> {
  const keys = new Map<string, PackKey>();
  for (const { articleId, author } of owners)
    keys.set(JSON.stringify([articleId, author]), [articleId, author]);
  const packs = await db.annotationPacks.bulkGet([...keys.values()]);
  return packs.filter((pack) => pack !== undefined);
}

/** The packs holding any of `ids`. Reads every pack's id list: for the rare packed id. */
async function packsHolding(ids: readonly string[]): Promise<AnnotationPackRecord[]> {
  const wanted = new Set(ids);
  const keys = (await db.annotationPackIds.toArray())
    .filter((pack) => pack.annotationIds.some((id) => wanted.has(id)))
    .map((pack) => [pack.articleId, pack.author] as PackKey);
  if (keys.length === 0) return [];
  const packs = await db.annotationPacks.bulkGet(keys);
  return packs.filter((pack) => pack !== undefined);
}

/** The annotations of `packs` whose ids are in `ids`, by id. */
function pickFrom(packs: readonly AnnotationPackRecord[], ids: readonly string[]) {
  const wanted = new Set(ids);
  const found = new Map<string, Annotation>();
  for (const pack of packs)
    for (const annotation of packedAnnotations(pack))
      if (wanted.has(annotation.id)) found.set(annotation.id, annotation);
  return found;
}

/**
 * Annotations by id wherever they are stored; `undefined` for an id held nowhere. With
 * `articleId`, an id not in a row is looked for in that article's packs only (cheaper: a
 * view of one article has no use for another article's annotations).
 */
export async function getAnnotations(
  ids: readonly AnnotationId[],
  articleId?: ArticleId,
): Promise<(Annotation | undefined)[]> {
  const rows = await db.annotations.bulkGet([...ids]);
  const missing = ids.filter((_, index) => rows[index] === undefined);
  if (missing.length === 0) return rows;
  const packs = articleId
    ? await db.annotationPacks.where('articleId').equals(articleId).toArray()
    : await packsHolding(missing);
  const packed = pickFrom(packs, missing);
  return rows.map((row, index) => row ?? packed.get(ids[index]!));
}

/**
 * Whether any annotation row is stored, as a row or in a pack a restore made of rows
 * (`backup/row-packs.ts`). Asks for one key; only when there is none are the packs' id
 * lists walked (a small row per article and author) up to the first pack of rows.
 */
export async function hasAnnotationRows(): Promise<boolean> {
  if ((await db.annotations.limit(1).primaryKeys()).length > 0) return true;
  return (await db.annotationPackIds.filter(isHeldAsRows).first()) !== undefined;
}

/** Every annotation on `articleId`, all authors, in no particular order. */
export async function getArticleAnnotations(articleId: ArticleId): Promise<Annotation[]> {
  const [rows, packs] = await Promise.all([
    db.annotations.where('articleId').equals(articleId).toArray(),
    db.annotationPacks.where('articleId').equals(articleId).toArray(),
  ]);
  return packs.length === 0 ? rows : rows.concat(...packs.map(packedAnnotations));
}

/** Every annotation of `articleId` held in packs (each pack is one row: read whole). */
export async function getPackedArticleAnnotations(articleId: ArticleId): Promise<Annotation[]> {
  const packs = await db.annotationPacks.where('articleId').equals(articleId).toArray();
  return packs.flatMap(packedAnnotations);
}

/** The document-level annotations of `articleId` stored as rows (not packed). */
export function getDocumentRows(articleId: ArticleId): Promise<Annotation[]> {
  return db.annotations.where('[articleId+kind]').equals([articleId, 'document']).toArray();
}

/**
 * Up to `limit` span annotations of `articleId` stored as rows (not packed), by start
 * offset from `from` on (inclusive); rows with the same start come in id order.
 */
export function getSpanRowsFrom(
  articleId: ArticleId,
  from: number,
  limit: number,
): Promise<Annotation[]> {
  return db.annotations
    .where('[articleId+span.start]')
    .between([articleId, from], [articleId, Infinity], true, true)
    .limit(limit)
    .toArray();
}

/** Every span annotation of `articleId` stored as a row (not packed) that starts at `start`. */
export function getSpanRowsAt(articleId: ArticleId, start: number): Promise<Annotation[]> {
  return db.annotations.where('[articleId+span.start]').equals([articleId, start]).toArray();
}

/**
 * The annotations of each (article, author) pair in `keys`, read from `from` (the page's
 * database by default), in key order and by id within a key, as an index walk gives them.
 * `mayBePacked: false` when the authors are known to have no packs: the packs are not
 * looked up (a request per key, 10,000 in a whole-library W3C export).
 */
export async function getSetAnnotations(
  keys: readonly PackKey[],
  from: SourcemarkDatabase = db,
  mayBePacked = true,
): Promise<Annotation[]> {
  const sorted = [...new Map(keys.map((key) => [key.join('\u0000'), key])).values()].sort((a, b) =>
    cmp(a, b),
  );
  // One `equals` per key, not `anyOf(keys)`: Dexie answers `anyOf` with a cursor stepping
  // row by row (~10,000 rows a second in Chromium), `equals` with one `getAll` per key,
  // several times faster; an export of 200,000 annotations is mostly this read.
  const [lists, packs] = await from.transaction('r', from.annotations, from.annotationPacks, () =>
    Promise.all([
      Promise.all(
        sorted.map((key) => from.annotations.where('[articleId+author]').equals(key).toArray()),
      ),
      mayBePacked ? from.annotationPacks.bulkGet([...keys]) : [],
    ]),
  );
  const rows = lists.flat();
  for (const pack of packs) if (pack) rows.push(...packedAnnotations(pack));
  return rows;
}

/** `author`'s annotations with label `itemId`, across the library. */
export async function getAuthorLabelAnnotations(
  author: AuthorId,
  itemId: Annotation['itemId'],
): Promise<Annotation[]> {
  const [rows, packs] = await Promise.all([
    db.annotations.where('itemId').equals(itemId).toArray(),
    db.annotationPacks.where('author').equals(author).toArray(),
  ]);
  const packed = packs.flatMap((pack) =>
    packedAnnotations(pack).filter((a) => a.itemId === itemId),
  );
  return rows.filter((row) => row.author === author).concat(packed);
}

/** `author`'s document annotation with label `itemId` on `articleId`, if any. */
export async function getDocumentAnnotation(
  articleId: ArticleId,
  author: AuthorId,
  itemId: Annotation['itemId'],
): Promise<Annotation | undefined> {
  const isIt = (a: Annotation) =>
    a.kind === 'document' && a.articleId === articleId && a.author === author;
  // By label: a profile per article and author, so far fewer rows than the article's spans.
  const row = await db.annotations.where('itemId').equals(itemId).filter(isIt).first();
  if (row) return row;
  const pack = await db.annotationPacks.get([articleId, author]);
  return pack && packedAnnotations(pack).find((a) => a.itemId === itemId && isIt(a));
}

/** Articles counted per read transaction by `countAnnotationsByArticle`. */
const COUNT_BATCH = 500;

/**
 * How many annotations each of `articleIds` has; articles without any are absent from the
 * map. One index count per article, `COUNT_BATCH` to a transaction: walking every key of the
 * `articleId` index cost one cursor step per annotation (200,000 for a 10,000-article
 * library, ~2 s in Chromium) where this costs one request per article. Neither the
 * annotation rows nor the packs are read (packs by their id lists).
 */
export async function countAnnotationsByArticle(
  articleIds: readonly ArticleId[],
): Promise<Map<ArticleId, number>> {
  const counts = new Map<ArticleId, number>();
  const add = (articleId: ArticleId, count: number) => {
    if (count > 0) counts.set(articleId, (counts.get(articleId) ?? 0) + count);
  };
  for (let at = 0; at < articleIds.length; at += COUNT_BATCH) {
    const batch = articleIds.slice(at, at + COUNT_BATCH);
    const found = await db.transaction('r', db.annotations, () =>
      Promise.all(batch.map((id) => db.annotations.where('articleId').equals(id).count())),
    );
    batch.forEach((id, index) => add(id, found[index]!));
  }
  const wanted = new Set<string>(articleIds);
  for (const pack of await db.annotationPackIds.toArray()) {
    if (wanted.has(pack.articleId)) add(pack.articleId, pack.annotationIds.length);
  }
  return counts;
}

async function unpack(packs: readonly AnnotationPackRecord[], leaveOut: ReadonlySet<string>) {
  if (packs.length === 0) return;
  const rows = packs.flatMap((pack) => packedAnnotations(pack).filter((a) => !leaveOut.has(a.id)));
  const keys = packs.map((pack) => [pack.articleId, pack.author] as PackKey);
  await Promise.all([
    db.annotations.bulkPut(rows),
    db.annotationPacks.bulkDelete(keys),
    db.annotationPackIds.bulkDelete(keys),
  ]);
}

/**
 * The stored version of each of `ids`, for a write about to replace or delete them all: a
 * packed one's pack is moved into rows first, except the annotations `ids` name, which the
 * write itself puts or deletes. Only the ids in `stored` (those the write expects to find,
 * each with the article and author it expects them under) are looked for in packs, and only
 * in the pack of that article and author: a pack is keyed by both, so an annotation stored
 * as the write expects is in that pack or in none. Reading every pack's id list instead
 * (100,000 ids once a restore has packed the analyst's own rows) cost each first edit of an
 * article. A new annotation has no row and needs no search. Must run in a read-write
 * transaction with the write.
 */
export async function readForRewrite(
  ids: readonly AnnotationId[],
  stored: ReadonlyMap<string, { articleId: ArticleId; author: AuthorId }>,
): Promise<(Annotation | undefined)[]> {
  const rows = await db.annotations.bulkGet([...ids]);
  const missing = ids.filter((id, index) => rows[index] === undefined && stored.has(id));
  if (missing.length === 0) return rows;
  const packs = await packsOf(missing.map((id) => stored.get(id)!));
  if (packs.length === 0) return rows;
  await unpack(packs, new Set(ids));
  const packed = pickFrom(packs, missing);
  return rows.map((row, index) => row ?? packed.get(ids[index]!));
}

/** Moves every pack of `articleId` into rows, for a write over the whole article. */
export async function unpackArticle(articleId: ArticleId): Promise<void> {
  await unpack(await db.annotationPacks.where('articleId').equals(articleId).toArray(), new Set());
}

/**
 * Writes an import's annotations as packs while the import goes on placing the next ones:
 * `add` issues its writes at once and Chromium stores them while the main thread works.
 * `heldIds` is every annotation id the profile holds (rows and packs, read from keys and id
 * lists, never from the rows), for telling duplicates; `add` adds to it. Open it, add,
 * then await `done`, all inside one read-write transaction over `annotationTables()`.
 */
export interface PackWriter {
  heldIds: Set<string>;
  /**
   * The stored versions of `ids`, each held before the import opened the writer, read where
   * the writer found them: rows by id, packs by key. Looking for 100,000 packed ids among
   * the rows first costs a `get` each (3 s in Chromium).
   */
  readHeld(ids: readonly AnnotationId[]): Promise<(Annotation | undefined)[]>;
  /** Stores annotations none of whose ids is held, added to the pack of their article and author. */
  add(annotations: readonly Annotation[]): void;
  done(): Promise<void>;
}

/** Packs per write of a `PackWriter` (see `put` there). */
const PACKS_PER_WRITE = 50;

export async function openPackWriter(): Promise<PackWriter> {
  const [rowIds, packIds, packKeys] = await Promise.all([
    db.annotations.toCollection().primaryKeys(),
    db.annotationPackIds.toArray(),
    db.annotationPacks.toCollection().primaryKeys(),
  ]);
  const heldIds = new Set<string>(rowIds as string[]);
  const heldInRows = new Set<string>(rowIds as string[]);
  // The packs stored, by their own keys (a pack is never taken for new because its id
  // list is missing): added to, never written over unread.
  const stored = new Set<string>(packKeys.map((key) => JSON.stringify(key)));
  for (const pack of packIds) for (const id of pack.annotationIds) heldIds.add(id);
  // Which pack holds each id, for `readHeld` only: built when a set comes again, not for
  // every import (100,000 held ids: a key each, ~0.1 s of the import's transaction).
  let packs: Map<string, PackKey> | undefined;
  const packOfIds = () => {
    if (packs) return packs;
    packs = new Map();
    for (const pack of packIds) {
      const key: PackKey = [pack.articleId, pack.author];
      for (const id of pack.annotationIds) packs.set(id, key);
    }
    return packs;
  };
  const readHeld = async (ids: readonly AnnotationId[]) => {
    const inRows = ids.filter((id) => heldInRows.has(id));
    const packOf = packOfIds();
    const keys = [
      ...new Map(
        ids.flatMap((id) => {
          const key = packOf.get(id);
          return key ? [[JSON.stringify(key), key] as const] : [];
        }),
      ).values(),
    ];
    const [rows, packs] = await Promise.all([
      db.annotations.bulkGet(inRows),
      db.annotationPacks.bulkGet(keys),
    ]);
    const found = pickFrom(
      packs.filter((pack) => pack !== undefined),
      ids,
    );
    rows.forEach((row) => row && found.set(row.id, row));
    return ids.map((id) => found.get(id));
  };
  const writes: Promise<unknown>[] = [];
  // Packs are written a batch at a time: each write passes the totals middleware
  // (`db/annotation-totals.ts`), whose updates take their turn one after another, so 1,000
  // single puts waited on 1,000 round trips in a row. A key put twice within a batch keeps
  // its last version only (two puts of one key in one request would count its old rows twice).
  // A pack no write has stored yet is added: the totals middleware reads what a put replaces
  // first (a `get` per pack, queued behind every write before it), and an add replaces none.
  // Should one exist after all, the add fails and the import with it: never counted twice.
  const pending = new Map<string, { pack: AnnotationPackRecord; ids: AnnotationPackIdsRecord }>();
  const written = new Set<string>();
  const flush = () => {
    if (pending.size === 0) return;
    const fresh: AnnotationPackRecord[] = [];
    const again: AnnotationPackRecord[] = [];
    for (const [name, { pack }] of pending) {
      (stored.has(name) || written.has(name) ? again : fresh).push(pack);
      written.add(name);
    }
    const ids = [...pending.values()].map((entry) => entry.ids);
    pending.clear();
    if (fresh.length > 0) writes.push(db.annotationPacks.bulkAdd(fresh));
    if (again.length > 0) writes.push(db.annotationPacks.bulkPut(again));
    writes.push(db.annotationPackIds.bulkPut(ids));
  };
  const put = (key: PackKey, annotations: Annotation[]) => {
    const ids: AnnotationPackIdsRecord = {
      articleId: key[0],
      author: key[1],
      annotationIds: annotations.map((a) => a.id),
    };
    pending.set(JSON.stringify(key), { pack: packRecordOf(key[0], key[1], annotations), ids });
    if (pending.size >= PACKS_PER_WRITE) flush();
  };
  // What each pack this import touched holds so far; a later `add` for the key rewrites it
  // whole. A pack an earlier import wrote is read once, and the adds to it chain after it.
  const contents = new Map<string, Annotation[] | Promise<Annotation[]>>();
  const addGroup = (key: PackKey, added: Annotation[]) => {
    const name = JSON.stringify(key);
    const before =
      contents.get(name) ??
      (stored.has(name)
        ? db.annotationPacks.get(key).then((pack) => (pack ? packedAnnotations(pack) : []))
        : []);
    if (Array.isArray(before)) {
      const all = [...before, ...added];
      contents.set(name, all);
      return put(key, all);
    }
    const after = before.then((earlier) => {
      const all = [...earlier, ...added];
      put(key, all);
      return all;
    });
    contents.set(name, after);
    writes.push(after);
  };
  return {
    heldIds,
    readHeld,
    add(annotations) {
      // By article, then author: no key spelled per annotation (an import adds one
      // article's annotations at a time, 100,000 in all).
      const groups = new Map<ArticleId, Map<AuthorId, Annotation[]>>();
      for (const annotation of annotations) {
        heldIds.add(annotation.id);
        let byAuthor = groups.get(annotation.articleId);
        if (!byAuthor) groups.set(annotation.articleId, (byAuthor = new Map()));
        const group = byAuthor.get(annotation.author);
        if (group) group.push(annotation);
        else byAuthor.set(annotation.author, [annotation]);
      }
      for (const [articleId, byAuthor] of groups)
        for (const [author, group] of byAuthor) addGroup([articleId, author], group);
    },
    async done() {
      // Writes issued while earlier ones settle (a merge) join the list: wait until none is left.
      flush();
      for (let seen = 0; seen < writes.length; seen = writes.length) {
        await Promise.all(writes.slice(seen));
        flush();
      }
    },
  };
}

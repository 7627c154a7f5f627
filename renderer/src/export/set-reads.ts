/**
 * How the streamed exports read a set from IndexedDB a step at a time, in the fewest
 * requests: Chromium answers a key range in one request (`getAll`) but each key of a
 * `bulkGet`, and each article's index lookup, in one of its own, and the requests, not the
 * bytes, were most of a 10,000-article export's time (the export bench).
 */
import { cmp, type Table } from 'dexie';
import type { Annotation, AnnotationId, ArticleId, AuthorId } from '../annotation/types';
import type { SourcemarkDatabase } from '../db/db';
import type { ArticleRecord } from '../db/records';
import type { SetArticle } from '../formats/native/annotation-set';
import { CHUNK, setArticleOf } from '../sets/set-repository';
import { packedAnnotations } from '../store/annotation-storage';

export type PackKey = [ArticleId, AuthorId];

/** The ids of the chosen annotations in the set's order, and the pack of each packed one. */
export interface ChosenIds {
  ids: AnnotationId[];
  packOf: Map<string, PackKey>;
}

/**
 * The ids `assembleSet` would give, in its order (a step of articles at a time, rows by key
 * then packs), read from the indexes without the annotations themselves.
 */
export async function chosenIds(
  articleIds: readonly ArticleId[],
  author: AuthorId,
  from: SourcemarkDatabase,
  onReading: (done: number, total: number) => void,
): Promise<ChosenIds> {
  const ids: AnnotationId[] = [];
  const packOf = new Map<string, PackKey>();
  for (let at = 0; at < articleIds.length; at += CHUNK) {
    const keys = articleIds.slice(at, at + CHUNK).map((id): PackKey => [id, author]);
    const sorted = [...new Map(keys.map((key) => [key.join('\u0000'), key])).values()].sort(cmp);
    const [lists, packs] = await from.transaction(
      'r',
      from.annotations,
      from.annotationPackIds,
      () =>
        Promise.all([
          Promise.all(
            sorted.map((key) =>
              from.annotations.where('[articleId+author]').equals(key).primaryKeys(),
            ),
          ),
          from.annotationPackIds.bulkGet(keys),
        ]),
    );
    for (const list of lists) ids.push(...(list as AnnotationId[]));
    packs.forEach((pack, n) => {
      if (!pack) return;
      ids.push(...pack.annotationIds);
      for (const id of pack.annotationIds) packOf.set(id, keys[n]!);
    });
    onReading(Math.min(at + CHUNK, articleIds.length), articleIds.length);
  }
  if (articleIds.length === 0) onReading(0, 0);
  return { ids, packOf };
}

/**
 * How many rows a step may read past its own ids: a step's ids span a range of the primary
 * key, read with one `getAll` when the set is most of that range (one analyst's whole set).
 * A range holding far more rows than the step (a pick of a few articles, many analysts) is
 * read key by key instead, so a step stays bounded.
 */
const RANGE_SLACK = 4;

/** The rows of `ids` (sorted by key) in `table`, `undefined` for an id not stored there. */
export async function rowsInKeyOrder<T, K extends string, I>(
  table: Table<T, K, I>,
  ids: readonly K[],
  keyOf: (row: T) => K,
): Promise<(T | undefined)[]> {
  if (ids.length === 0) return [];
  const cap = ids.length * RANGE_SLACK;
  const range = await table
    .where(':id')
    .between(ids[0]!, ids.at(-1)!, true, true)
    .limit(cap)
    .toArray();
  if (range.length >= cap) return table.bulkGet([...ids]);
  const byKey = new Map<K, T>(range.map((row) => [keyOf(row), row]));
  return ids.map((id) => byKey.get(id));
}

/** The annotations of `ids` (sorted; rows, or from their packs), in the order of `ids`. */
export async function annotationsOf(
  ids: readonly AnnotationId[],
  packOf: ReadonlyMap<string, PackKey>,
  from: SourcemarkDatabase,
): Promise<Annotation[]> {
  if (ids.length === 0) return [];
  const rows = await rowsInKeyOrder(from.annotations, ids, (row) => row.id);
  const packKeys = new Map<string, PackKey>();
  ids.forEach((id, n) => {
    const key = rows[n] ? undefined : packOf.get(id);
    if (key) packKeys.set(key.join('\u0000'), key);
  });
  const packed = new Map<string, Annotation>();
  if (packKeys.size > 0) {
    const packs = await from.annotationPacks.bulkGet([...packKeys.values()]);
    for (const pack of packs)
      for (const a of pack ? packedAnnotations(pack) : []) packed.set(a.id, a);
  }
  return ids.flatMap((id, n) => {
    const annotation = rows[n] ?? packed.get(id);
    return annotation ? [annotation] : [];
  });
}

/**
 * Whether `author`'s whole set over every article is read best by walking the annotation
 * rows in key order (`authorRowPages`): so when the author has no packs (an imported set
 * is stored in packs; the analyst's own work in rows). Reading each article's ids from the
 * `[articleId+author]` index first cost 10,000 requests, a quarter of a native export.
 */
export async function isReadAsRows(
  articles: { kind: string },
  author: AuthorId,
  from: SourcemarkDatabase,
): Promise<boolean> {
  if (articles.kind !== 'all') return false;
  const packs = await from.annotationPacks.where('author').equals(author).limit(1).primaryKeys();
  return packs.length === 0;
}

/**
 * `author`'s annotation rows on `articles`, in id order, `page` rows of the table read at
 * a time; the next page is asked for before this one is handed on (one request each, at
 * most two pages held). Rows of other analysts are read and skipped: cheaper than looking
 * each of the author's up (and a library's rows are mostly its analyst's own).
 */
export async function* authorRowPages(
  author: AuthorId,
  articles: ReadonlySet<string>,
  from: SourcemarkDatabase,
  page: number,
): AsyncGenerator<Annotation[]> {
  const read = (after: string | undefined) =>
    (after === undefined
      ? from.annotations.orderBy(':id')
      : from.annotations.where(':id').above(after)
    )
      .limit(page)
      .toArray();
  let next: Promise<Annotation[]> | undefined = read(undefined);
  while (next) {
    const rows: Annotation[] = await next;
    next = rows.length === page ? read(rows.at(-1)!.id) : undefined;
    next?.catch(() => undefined);
    yield rows.filter((row) => row.author === author && articles.has(row.articleId));
  }
}

/**
 * The set's articles of `ids` (sorted), each with its text, included in the article or
 * not; unknown ids are skipped. Read as key ranges (`rowsInKeyOrder`): two requests a step
 * where `bulkGet` made one per article and table.
 */
export async function articlesInKeyOrder(
  ids: readonly ArticleId[],
  includeTexts: boolean,
  from: SourcemarkDatabase,
): Promise<{ article: SetArticle; text: string }[]> {
  const [records, texts] = await Promise.all([
    rowsInKeyOrder(from.articles, ids, (r) => r.id),
    rowsInKeyOrder(from.articleTexts, ids, (r) => r.articleId),
  ]);
  return records.flatMap((record, n) => {
    if (!record) return [];
    const text = texts[n]?.text ?? '';
    return [{ article: setArticleOf(record, text, includeTexts), text }];
  });
}

/**
 * `records` (sorted by id, each once) as the set's articles without their texts, each with
 * its text beside it: the records are in hand already (the set was chosen from them), so
 * only the texts are read, as one key range (`rowsInKeyOrder`).
 */
export async function textsInKeyOrder(
  records: readonly ArticleRecord[],
  from: SourcemarkDatabase,
): Promise<{ article: SetArticle; text: string }[]> {
  const texts = await rowsInKeyOrder(
    from.articleTexts,
    records.map((r) => r.id),
    (r) => r.articleId,
  );
  return records.map((record, n) => {
    const text = texts[n]?.text ?? '';
    return { article: setArticleOf(record, text, false), text };
  });
}

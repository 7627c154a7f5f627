/**
 * The counts the Export dialog shows before anything is written, from stored totals,
 * indexes and id lists, never from the set itself: reading 210,000 annotations takes
 * Chromium tens of seconds. The whole set's size is its author's stored total
 * (`authorTotals`, one row); chosen articles' is the sum of the author's totals in their
 * tallies (`stats/article-tally.ts` `byAuthor`), read a page at a time. Chromium counts an
 * index range entry by entry (an analyst's 207,000 annotations took 0.7-2 s, the dialog's
 * whole wait), and walking every article's total key by key took as long at 10,000
 * articles. What an index cannot tell exactly is `null`, and the dialog says it is counted
 * when the file is written.
 */
import type { AuthorId } from '../annotation/types';
import { db } from '../db/db';
import type { AnnotationId, ArticleId } from '../db/records';
import type { ArticleChoice } from '../sets/set-repository';
import type { ArticleTally } from '../stats/article-tally';

/** What the chosen set holds, as far as indexes tell. */
export interface SetCounts {
  /** Every annotation of the set (orphans included), stored as rows or packed. */
  selected: number;
  /**
   * Document-level annotations. `null` when some of the set is packed (an imported set is
   * stored a pack per article, read whole): counted when written.
   */
  documentLevel: number | null;
  /** Review comments on the set's annotations. */
  comments: number;
}

/**
 * The counts every format's preview needs. The document-level count is apart
 * (`countDocumentLevel`): only the formats that drop them need it, and Chromium counts the
 * `[author+kind]` range entry by entry (17,000 profiles and frames: 0.4-0.8 s of the
 * dialog's wait, under load, for a native export that drops nothing).
 */
export type SetTotals = Omit<SetCounts, 'documentLevel'>;

type SetKey = [ArticleId, AuthorId];

const chosenIdsOf = (articles: ArticleChoice) =>
  articles.kind === 'ids' ? [...new Set(articles.ids)] : undefined;

/** Counts `author`'s set over `articles`. Read-only; reads no annotation of the set. */
export async function countSet(author: AuthorId, articles: ArticleChoice): Promise<SetTotals> {
  const ids = chosenIdsOf(articles);
  const [selected, packIds, comments] = await Promise.all([
    authorTotal(author, ids),
    packedIds(author, ids),
    db.comments.toArray(),
  ]);
  const packed = new Set(packIds);
  // Comments are few: each is checked against the set by its annotation's row or pack.
  const commented = [...new Set(comments.map((c) => c.annotationId as string))].filter(
    (id) => !packed.has(id),
  );
  const commentedRows = await db.annotations.bulkGet(commented as AnnotationId[]);
  const chosen = ids ? new Set<string>(ids) : undefined;
  const inSet = new Set<string>(packed);
  for (const row of commentedRows)
    if (row && row.author === author && (!chosen || chosen.has(row.articleId))) inSet.add(row.id);
  return { selected, comments: comments.filter((c) => inSet.has(c.annotationId)).length };
}

/**
 * How many of `author`'s annotations over `articles` are document-level (from the
 * `[author+kind]` index), or `null` when some of the set is packed: a pack is read whole,
 * so its annotations are counted when the file is written.
 */
export async function countDocumentLevel(
  author: AuthorId,
  articles: ArticleChoice,
): Promise<number | null> {
  const ids = chosenIdsOf(articles);
  const [rows, packs] = await Promise.all([
    ids
      ? db.annotations
          .where('[articleId+kind]')
          .anyOf(ids.map((id) => [id, 'document']))
          .filter((a) => a.author === author)
          .count()
      : db.annotations.where('[author+kind]').equals([author, 'document']).count(),
    packKeys(author, ids),
  ]);
  return packs.length > 0 ? null : rows;
}

/** The keys of `author`'s packs on `ids` (every article when absent). */
async function packKeys(author: AuthorId, ids: readonly ArticleId[] | undefined) {
  // Keys only: a pack holds its annotations whole, its id list sits in a row of its own.
  const all = (await db.annotationPacks.where('author').equals(author).primaryKeys()) as SetKey[];
  const chosen = ids ? new Set<string>(ids) : undefined;
  return chosen ? all.filter(([articleId]) => chosen.has(articleId)) : all;
}

/** The ids of `author`'s packed annotations on `ids` (every article when absent). */
async function packedIds(author: AuthorId, ids: readonly ArticleId[] | undefined) {
  const keys = await packKeys(author, ids);
  if (keys.length === 0) return [];
  const lists = await db.annotationPackIds.bulkGet(keys);
  return lists.flatMap((list) => (list?.annotationIds ?? []) as string[]);
}

/**
 * Totals a request: each is small, but 10,000 in one answer held the page's thread while
 * they were decoded.
 */
const TALLY_PAGE = 1_000;

/**
 * How many annotations `author` has on `ids` (every article when absent), rows and packs:
 * the author's stored total for the whole library, else summed from the articles' stored
 * totals (`stats/article-tally.ts` `byAuthor`).
 */
async function authorTotal(author: AuthorId, ids: readonly ArticleId[] | undefined) {
  if (!ids) return (await db.authorTotals.get(author))?.total ?? 0;
  let total = 0;
  for (let at = 0; at < ids.length; at += TALLY_PAGE)
    total += authorSum(author, await db.articleTallies.bulkGet(ids.slice(at, at + TALLY_PAGE)));
  return total;
}

/** `author`'s annotations in `tallies`, every item's. */
function authorSum(author: AuthorId, tallies: readonly (ArticleTally | undefined)[]): number {
  let total = 0;
  for (const tally of tallies) {
    const items = tally && Object.hasOwn(tally.byAuthor, author) ? tally.byAuthor[author]! : {};
    for (const count of Object.values(items)) total += count;
  }
  return total;
}

/** How many articles the library holds (the dialog's "All articles (n)"), from the primary key. */
export function countArticles(): Promise<number> {
  return db.articles.count();
}

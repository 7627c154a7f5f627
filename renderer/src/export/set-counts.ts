/**
 * The counts the Export dialog shows before anything is written, from each article's stored
 * totals (`articleTallies`), indexes and id lists, never from the set itself: reading
 * 210,000 annotations takes Chromium tens of seconds. The set's size is the sum of the
 * author's totals: Chromium counts an index range entry by entry (an analyst's 207,000
 * annotations took 0.7-2 s, the dialog's whole wait), 10,000 totals are read in a few
 * requests. What an index cannot tell exactly is `null`, and the dialog says it is counted
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

type SetKey = [ArticleId, AuthorId];

/** Counts `author`'s set over `articles`. Read-only; reads no annotation of the set. */
export async function countSet(author: AuthorId, articles: ArticleChoice): Promise<SetCounts> {
  const ids = articles.kind === 'ids' ? [...new Set(articles.ids)] : undefined;
  const [selected, documentRows, packIds, comments] = await Promise.all([
    authorTotal(author, ids),
    ids
      ? db.annotations
          .where('[articleId+kind]')
          .anyOf(ids.map((id) => [id, 'document']))
          .filter((a) => a.author === author)
          .count()
      : db.annotations.where('[author+kind]').equals([author, 'document']).count(),
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
  return {
    selected,
    documentLevel: packed.size > 0 ? null : documentRows,
    comments: comments.filter((c) => inSet.has(c.annotationId)).length,
  };
}

/** The ids of `author`'s packed annotations on `ids` (every article when absent). */
async function packedIds(author: AuthorId, ids: readonly ArticleId[] | undefined) {
  // Keys only: a pack holds its annotations whole, its id list sits in a row of its own.
  const all = (await db.annotationPacks.where('author').equals(author).primaryKeys()) as SetKey[];
  const chosen = ids ? new Set<string>(ids) : undefined;
  const keys = chosen ? all.filter(([articleId]) => chosen.has(articleId)) : all;
  if (keys.length === 0) return [];
  const lists = await db.annotationPackIds.bulkGet(keys);
  return lists.flatMap((list) => (list?.annotationIds ?? []) as string[]);
}

/** Totals read a request at a time: each is small, but 10,000 at once held the page's thread. */
const TALLY_PAGE = 1_000;

/**
 * How many annotations `author` has on `ids` (every article when absent), rows and packs,
 * summed from the articles' stored totals (`stats/article-tally.ts` `byAuthor`).
 */
async function authorTotal(author: AuthorId, ids: readonly ArticleId[] | undefined) {
  let total = 0;
  const add = (tallies: readonly (ArticleTally | undefined)[]) => {
    for (const tally of tallies) {
      const items = tally && Object.hasOwn(tally.byAuthor, author) ? tally.byAuthor[author]! : {};
      for (const count of Object.values(items)) total += count;
    }
  };
  if (ids) {
    for (let at = 0; at < ids.length; at += TALLY_PAGE)
      add(await db.articleTallies.bulkGet(ids.slice(at, at + TALLY_PAGE)));
    return total;
  }
  for (let last: string | undefined; ;) {
    const page = await (
      last === undefined
        ? db.articleTallies.orderBy(':id')
        : db.articleTallies.where(':id').above(last)
    )
      .limit(TALLY_PAGE)
      .toArray();
    add(page);
    if (page.length < TALLY_PAGE) return total;
    last = page.at(-1)!.articleId;
  }
}

/** How many articles the library holds (the dialog's "All articles (n)"), from the primary key. */
export function countArticles(): Promise<number> {
  return db.articles.count();
}

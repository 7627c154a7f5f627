/**
 * The last count of an analyst's whole set, kept until a write touches what it was counted
 * from (annotation rows, packs, the articles' totals), so the Export dialog opened again
 * reads nothing for it. Counting walks 10,000 totals (0.4-1.3 s of the dialog's wait under
 * load, the export bench); Dexie's `storagemutated` names every write's tables, other
 * windows' and workers' included, and any of these drops every kept count.
 */
import { keptUntilWritten } from '../db/kept-until-written';

const kept = keptUntilWritten<number>(['annotations', 'annotationPacks', 'articleTallies']);

/**
 * `count()` for `author`'s whole set, or the count kept from before when nothing it was
 * counted from has been written since. A failed count is not kept.
 */
export function keptTotal(author: string, count: () => Promise<number>): Promise<number> {
  return kept.get(author, count);
}

/** The body/chrome split of an article, stored on its text row beside the text it covers. */
import { db } from '../db/db';
import type { ArticleId } from '../db/records';
import type { ChromeRange } from './chrome-blocks';

/**
 * Replaces the chrome ranges of `articleId` with the analyst's corrected `ranges` (sorted,
 * not overlapping). The text itself never changes, so no annotation moves. Throws when the
 * article has no stored text any more.
 */
export async function saveChromeRanges(
  articleId: ArticleId,
  ranges: readonly ChromeRange[],
): Promise<void> {
  const updated = await db.articleTexts.update(articleId, { chromeRanges: [...ranges] });
  if (updated === 0) throw new Error('This article has no stored text any more.');
}

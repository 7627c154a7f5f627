/**
 * Replaces an article's text when its file changed on disk: the old text is kept as a
 * numbered version, every annotation is re-anchored, and the article row follows the
 * file. One transaction: a failure leaves the article exactly as it was.
 */
import type { IngestedArticle } from '../../../preload/api';
import { articleTextRows } from '../db/article-originals';
import { db } from '../db/db';
import type { ArticleId } from '../db/records';
import { annotationTables, unpackArticle } from '../store/annotation-storage';
import { replaceInSiteIndex, siteIndexTables } from './site-line-index';
import { folderOf, isPageDump, siteLinesOf } from './site-lines';
import { planTextChange, type ReanchorCounts } from './text-change-plan';

export type TextUpdateOutcome =
  | { kind: 'unchanged' }
  | { kind: 'updated'; version: number; counts: ReanchorCounts }
  | { kind: 'refused'; message: string };

/**
 * Applies `next` (the file ingested again) to article `articleId`. Refuses when the new
 * text is already another article's (the library holds each text once) or when the
 * article is gone.
 */
export function updateArticleText(
  articleId: ArticleId,
  next: IngestedArticle,
  now = new Date(),
): Promise<TextUpdateOutcome> {
  const tables = [
    db.articles,
    db.articleTexts,
    db.articleOriginals,
    db.articleVersions,
    ...annotationTables(),
    ...siteIndexTables(),
  ];
  return db.transaction('rw', tables, async (): Promise<TextUpdateOutcome> => {
    const [article, stored] = await Promise.all([
      db.articles.get(articleId),
      db.articleTexts.get(articleId),
    ]);
    if (!article || !stored)
      return { kind: 'refused', message: 'The article is no longer in the library.' };
    if (article.textSha256 === next.textSha256) {
      await db.articles.update(articleId, {
        modifiedAtMs: next.modifiedAtMs,
        sourceMissing: false,
      });
      return { kind: 'unchanged' };
    }
    const twin = await db.articles.where('textSha256').equals(next.textSha256).first();
    if (twin) {
      return {
        kind: 'refused',
        message: `“${article.sourceName}” now has the same text as “${twin.title}”; this article keeps its earlier text.`,
      };
    }
    const version = (await db.articleVersions.where('articleId').equals(articleId).count()) + 1;
    await db.articleVersions.add({
      articleId,
      version,
      text: stored.text,
      textSha256: article.textSha256,
      replacedAt: now.toISOString(),
    });
    // Every author's annotations are rewritten: imported packs become rows first.
    await unpackArticle(articleId);
    const annotations = await db.annotations.where('articleId').equals(articleId).toArray();
    const plan = planTextChange(stored.text, next.text, annotations, version, now);
    await db.annotations.bulkPut(plan.updated);
    // The body and chrome ranges are offsets into the old text: the new text brings its own.
    const rows = articleTextRows(
      {
        articleId,
        text: next.text,
        bodyRanges: next.bodyRanges,
        chromeRanges: next.chromeRanges,
      },
      next.original,
      next.pageText,
    );
    await db.articleTexts.put(rows.text);
    await db.articleOriginals.put(rows.original);
    // A dump's lines are witnesses for its folder's chrome: the index follows the new text.
    if (isPageDump(article.format)) {
      const folder = folderOf(article.sourcePath);
      await replaceInSiteIndex(
        { folder, lines: siteLinesOf(stored.text) },
        { folder, lines: siteLinesOf(next.text) },
      );
    }
    await db.articles.update(articleId, {
      textSha256: next.textSha256,
      textLength: next.text.length,
      sizeBytes: next.sizeBytes,
      modifiedAtMs: next.modifiedAtMs,
      encoding: next.encoding,
      sourceMissing: false,
    });
    return { kind: 'updated', version, counts: plan.counts };
  });
}

/** Marks the article's source file as missing (or found again); the article stays. */
export async function setSourceMissing(articleId: ArticleId, isMissing: boolean): Promise<void> {
  await db.articles.update(articleId, { sourceMissing: isMissing });
}

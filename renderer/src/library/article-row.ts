/**
 * An article's row as the library and the statistics show it, from its stored record: the
 * metadata as shown (the analyst's corrections win). Pure; `db/article-rows.ts` stores it
 * beside every article write.
 */
import type { ArticleRecord, ArticleRowRecord } from '../db/records';
import { bylineCredits, shownMetadata, signatureCredits } from '../metadata/shown-metadata';

/**
 * The row of `article`. A byline found by ingestion is listed by names only (roles are for
 * the reader's header); a corrected one as written.
 */
export function articleRowOf(article: ArticleRecord): ArticleRowRecord {
  const shown = shownMetadata(article);
  const credits = article.metadata?.bylines ?? [];
  const names = (found: readonly { name: string }[]) => found.map((credit) => credit.name);
  // The byline's and the signature's people in one column, each as corrected if it was.
  const people = [
    ...(shown.byline.isEdited ? [shown.byline.value] : names(bylineCredits(credits))),
    ...(shown.signedBy.isEdited ? [shown.signedBy.value] : names(signatureCredits(credits))),
  ].filter(Boolean);
  return {
    id: article.id,
    title: shown.title.value,
    language: shown.language.value,
    outlet: shown.outlet.value,
    byline: [...new Set(people)].join(', '),
    publishedDate: shown.publishedDate.value,
    addedAt: article.addedAt,
    sourceName: article.sourceName,
    sourcePath: article.sourcePath,
    ...(article.archived === undefined ? {} : { archived: article.archived }),
    ...(article.sourceMissing === undefined ? {} : { sourceMissing: article.sourceMissing }),
  };
}

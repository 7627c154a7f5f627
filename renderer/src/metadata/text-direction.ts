/**
 * Which way an article's text runs: what ingestion stored (the page's `dir`, or the
 * language), else, for articles stored before it did, the language alone. Pure.
 */
import type { ArticleRecord } from '../db/records';
import { isRtlLanguage } from '../text/rtl-languages';

/** `rtl` or `ltr` for `article`'s text. */
export function textDirection(
  article: Pick<ArticleRecord, 'metadata' | 'language'>,
): 'rtl' | 'ltr' {
  const stored = article.metadata?.direction;
  if (stored) return stored;
  return isRtlLanguage(article.language) ? 'rtl' : 'ltr';
}

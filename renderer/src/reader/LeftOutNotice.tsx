/**
 * Says, above the article, that the saved page holds prose the extracted article left out
 * (ingestion's `metadata.leftOut`), and offers the whole page text: an article is never cut
 * silently.
 */
import type { ArticleMetadata } from '../../../preload/api';
import type { ArticleId } from '../db/records';
import { FullPageText } from './FullPageText';

const count = new Intl.NumberFormat(undefined);

/** The notice, or nothing when the article holds all the page's prose. */
export function LeftOutNotice({
  articleId,
  leftOut,
  hasPageText,
}: {
  articleId: ArticleId;
  leftOut: ArticleMetadata['leftOut'];
  hasPageText: boolean;
}) {
  if (!leftOut || !hasPageText) return null;
  const paragraphs = leftOut.paragraphs === 1 ? 'paragraph' : 'paragraphs';
  return (
    <p className="left-out-notice" role="note">
      The saved page holds {count.format(leftOut.paragraphs)} more {paragraphs} of text (
      {count.format(leftOut.chars)} characters) than this article shows.{' '}
      <FullPageText articleId={articleId} hasPageText label="Show the whole page" />
    </p>
  );
}

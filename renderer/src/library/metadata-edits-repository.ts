/**
 * The analyst's corrections of article metadata in IndexedDB. Each is one read-write
 * transaction over the article's `metadataEdits`, built from the row as stored then, so
 * quick corrections compose; ingestion's `metadata`, title and language are never written.
 */
import { db } from '../db/db';
import type { ArticleId, MetadataEdits, MetadataField } from '../db/records';
import { withDismissedSuggestion, withFieldEdit } from '../metadata/field-input';
import { foundMetadata } from '../metadata/shown-metadata';

/** Thrown when the article is no longer in the library. */
export class MissingArticleError extends Error {}

function updateEdits(
  id: ArticleId,
  change: (
    edits: MetadataEdits | undefined,
    found: ReturnType<typeof foundMetadata>,
  ) => MetadataEdits,
): Promise<void> {
  return db.transaction('rw', db.articles, async () => {
    const article = await db.articles.get(id);
    if (!article) throw new MissingArticleError('This article is no longer in the library.');
    await db.articles.update(id, {
      metadataEdits: change(article.metadataEdits, foundMetadata(article)),
    });
  });
}

/**
 * Records `value` (already read by `readFieldInput`) as the analyst's correction of
 * `field`; a value equal to what ingestion found removes the correction.
 */
export function correctMetadataField(
  id: ArticleId,
  field: MetadataField,
  value: string,
  now = new Date(),
): Promise<void> {
  return updateEdits(id, (edits, found) => withFieldEdit(edits, field, value, found[field], now));
}

/** Records that the analyst dismissed the suggestion `key` (`field:value`). */
export function dismissSuggestion(id: ArticleId, key: string, now = new Date()): Promise<void> {
  return updateEdits(id, (edits) => withDismissedSuggestion(edits, key, now));
}

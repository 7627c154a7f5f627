/**
 * An edit: what one user action asks the store to do. A change set made from what the view
 * shows is stale while an earlier edit of the same row is still being written (the view
 * catches up only when the live query delivers), so the second of two quick edits would
 * overwrite the first, or fail its `before` check. An edit of stored rows is therefore a
 * builder, run inside the write transaction on the rows as stored then, after every
 * earlier edit: quick edits of one record compose. A creation of new rows depends on no
 * stored row and stays a plain change set. Pure.
 */
import type {
  Annotation,
  AnnotationId,
  ArticleId,
  AuthorId,
  CodebookItemId,
  DocumentAnnotation,
} from '../annotation/types';
import type { ChangeSet } from './change-set';

/** The stored rows an edit reads while it is built, inside its write transaction. */
export interface StoredRows {
  /**
   * The annotations with `ids`, in order; `undefined` for one that is not stored. With
   * `articleId` (the article they are all on), a packed one is looked for in that article's
   * packs only, not in every pack's id list.
   */
  annotations(
    ids: readonly AnnotationId[],
    articleId?: ArticleId,
  ): Promise<(Annotation | undefined)[]>;
  /** The document-level annotation of `author` with `itemId` on `articleId`, if any. */
  documentAnnotation(
    articleId: ArticleId,
    author: AuthorId,
    itemId: CodebookItemId,
  ): Promise<DocumentAnnotation | undefined>;
}

/**
 * Builds a change set from the rows as stored when it is written. It may only await
 * `stored` (anything else would let the transaction commit under it).
 */
export type ChangeBuilder = (stored: StoredRows) => Promise<ChangeSet>;

/** One user action: a change set fixed when it was made, or one built when it is written. */
export type Edit = ChangeSet | ChangeBuilder;

/** The change set `edit` makes of the rows in `stored`. */
export function buildEdit(edit: Edit, stored: StoredRows): Promise<ChangeSet> {
  return typeof edit === 'function' ? edit(stored) : Promise.resolve(edit);
}

/** A change set that changes nothing: the history records no step for it. */
export function noChange(label: string): ChangeSet {
  return { label, annotations: [], entities: [] };
}

/**
 * An edit of `row` built from its latest stored version: `build` receives that version
 * (which may hold edits the view has not shown yet). A row deleted meanwhile is left
 * alone: the edit changes nothing.
 */
export function editLatest<Row extends Annotation>(
  row: Row,
  build: (latest: Row) => ChangeSet,
): ChangeBuilder {
  return async (stored) => {
    const [latest] = await stored.annotations([row.id], row.articleId);
    if (!latest || latest.kind !== row.kind) return noChange('');
    return build(latest as Row);
  };
}

/**
 * Reading a pack of imported annotations, whichever form it was stored in. Apart from
 * `store/annotation-storage.ts` (which re-exports it) so that the totals middleware, which
 * `db.ts` installs, can read packs without importing the module that imports `db`.
 */
import type { Annotation } from '../annotation/types';
import type { AnnotationPackRecord } from './records';

/** A pack's annotations, whichever form it was stored in (see `AnnotationPackRecord`). */
export function packedAnnotations(pack: AnnotationPackRecord): Annotation[] {
  return 'annotationsJson' in pack
    ? (JSON.parse(pack.annotationsJson) as Annotation[])
    : pack.annotations;
}

/**
 * Whether a pack (or its id list) holds annotation rows a restore packed
 * (`backup/row-packs.ts`) rather than an imported set.
 */
export const isHeldAsRows = (row: unknown): boolean =>
  (row as { heldAsRows?: unknown } | null)?.heldAsRows === true;

/** The annotations each pack record was made from, while the record is being written. */
const madeFrom = new WeakMap<AnnotationPackRecord, readonly Annotation[]>();

/**
 * A pack record holding `annotations` as JSON, remembering them beside it: the totals
 * middleware (`annotation-totals.ts`) reads a written pack through `writtenAnnotations`
 * instead of parsing back the JSON just made (100,000 imported annotations: 60 MB parsed
 * again inside the import's transaction).
 */
export function packRecordOf(
  articleId: AnnotationPackRecord['articleId'],
  author: AnnotationPackRecord['author'],
  annotations: readonly Annotation[],
): AnnotationPackRecord {
  const record = { articleId, author, annotationsJson: JSON.stringify(annotations) };
  madeFrom.set(record, annotations);
  return record;
}

/** The annotations of a pack being written or read: remembered if it was made here, else parsed. */
export function writtenAnnotations(pack: AnnotationPackRecord): readonly Annotation[] {
  return madeFrom.get(pack) ?? packedAnnotations(pack);
}

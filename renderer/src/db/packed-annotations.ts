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

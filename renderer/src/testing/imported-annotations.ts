/** Test data: annotations stored as an import stores a colleague's set (in packs). */
import type { Annotation } from '../annotation/types';
import { db } from '../db/db';
import { annotationTables, openPackWriter } from '../store/annotation-storage';

/** Stores `annotations` (ids new to the profile) in packs, in one transaction. */
export function storeAsImported(annotations: readonly Annotation[]): Promise<void> {
  return db.transaction('rw', annotationTables(), async () => {
    const writer = await openPackWriter();
    writer.add(annotations);
    await writer.done();
  });
}

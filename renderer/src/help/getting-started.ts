/**
 * Whether the "Getting started" panel is still wanted: no annotation made yet, and not
 * dismissed. Asked as soon as the library shows, and again after every annotation write.
 */
import { db } from '../db/db';
import { hasAnnotationRows } from '../store/annotation-storage';

/**
 * True while the library holds no annotation row (a restore's packs of rows count) and the
 * panel was not dismissed. Reads one key when there is a row: Chromium counts a store entry
 * by entry, so `count()` over 207,000 annotations held IndexedDB for hundreds of
 * milliseconds at every start, and every other read of the page (the library's rows, the
 * Export dialog's counts) waited behind it.
 */
export async function isGettingStartedWanted(): Promise<boolean> {
  const [anyAnnotation, dismissed] = await Promise.all([
    hasAnnotationRows(),
    db.settings.get('gettingStartedDismissed'),
  ]);
  return !anyAnnotation && dismissed?.value !== true;
}

/**
 * How many annotations a backup holds, counted from the rows as they go out. The
 * `annotations` table holds only the analyst's own rows: an imported set is stored as packs
 * (`store/annotation-storage.ts`), one row per article and author, whose ids
 * `annotationPackIds` lists. Counting the `annotations` rows alone told "0 annotations" for a
 * workspace of 100,000 imported ones.
 */

/** Adds up the annotations of the rows it is shown, of any table. */
export class AnnotationCount {
  private count = 0;

  /** Counts `row` of `table`: one for an annotation row, each listed id for a pack's ids. */
  see(table: string, row: unknown): void {
    if (table === 'annotations') this.count++;
    else if (table === 'annotationPackIds') this.count += packIdCount(row);
  }

  get total(): number {
    return this.count;
  }
}

function packIdCount(row: unknown): number {
  const ids = (row as { annotationIds?: unknown } | null)?.annotationIds;
  return Array.isArray(ids) ? ids.length : 0;
}

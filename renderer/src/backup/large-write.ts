/**
 * The size of write that is snapshotted first, apart from `take-snapshot.ts` so that the
 * import dialog's reading can weigh a file against it without loading the backup writer.
 */

/** An import or restore writing more rows than this is snapshotted first. */
export const LARGE_WRITE_ROWS = 1000;

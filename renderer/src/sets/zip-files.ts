/** Zipping a multi-file export and reading a zipped import, with fflate (pure, in memory). */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { ExportFile } from '../formats/shared/export-input';

/**
 * The files as one zip archive (deflated), paths as given. Entries are stamped with
 * `modifiedAt` when given (the export time), else now: a fixed stamp makes the archive's
 * bytes reproducible, as the REFI-QDA export promises.
 */
export function zipFiles(files: readonly ExportFile[], modifiedAt?: string): Uint8Array {
  const entries = Object.fromEntries(files.map((f) => [f.path, strToU8(f.content)]));
  return zipSync(entries, modifiedAt === undefined ? {} : { mtime: modifiedAt });
}

/** Most uncompressed bytes an imported zip may expand to: a zip bomb is refused unread. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

/**
 * The text files of a zip (UTF-8), folders and macOS resource forks skipped. Throws with a
 * readable message when the archive is damaged or expands past `MAX_UNZIPPED_BYTES`.
 */
export function unzipTextFiles(bytes: Uint8Array): ExportFile[] {
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        if (total > MAX_UNZIPPED_BYTES) throw new Error('The archive expands to over 200 MB.');
        return !file.name.endsWith('/') && !file.name.includes('__MACOSX/');
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      message.startsWith('The archive') ? message : `The zip is damaged (${message}).`,
      { cause: error },
    );
  }
  return Object.entries(entries).map(([path, data]) => ({ path, content: strFromU8(data) }));
}

/**
 * What the library holds from the folders of files about to be ingested, sent with the
 * ingest call so the host can tell the site's chrome (the menus and footers every page of a
 * site repeats) even when the dumps arrive a chunk at a time. Read from the site-chrome
 * index (`site-line-index.ts`), not from the stored texts: per folder, how many dumps it
 * holds and only the lines held by enough of them to qualify with the new files, so a
 * chunk costs the same in a folder of 20 dumps or 20,000.
 */
import { Dexie } from 'dexie';
import type { FolderPages } from '../../../preload/api';
import { db } from '../db/db';
import { MIN_CHROME_PAGES, storedPagesNeeded } from '../text/site-chrome-rule';
import { folderOf, isPageDump, siteLinesOf, tallySitePages, type FolderTally } from './site-lines';

/** Folders answered per call (the host's bound). */
const MAX_FOLDERS = 100;
/**
 * Lines answered per folder (the host's bound). Reached only by a few dozen stored dumps of
 * thousands of distinct short lines each; the lines held by most dumps are kept.
 */
export const MAX_LINES_PER_FOLDER = 50_000;

/**
 * Stored dumps among `paths` (a file ingested again), as a negative tally: a file is not its
 * own witness, it would count its lines twice.
 */
async function storedAgain(paths: readonly string[]): Promise<Map<string, FolderTally>> {
  const records = await db.articles.where('sourcePath').anyOf(paths).toArray();
  const dumps = records.filter((record) => isPageDump(record.format));
  if (dumps.length === 0) return new Map();
  const texts = await db.articleTexts.bulkGet(dumps.map((record) => record.id));
  const pages = dumps.flatMap((record, i) => {
    const text = texts[i]?.text;
    return text === undefined
      ? []
      : [{ folder: folderOf(record.sourcePath), lines: siteLinesOf(text) }];
  });
  return tallySitePages(pages, -1);
}

/**
 * The index's answer for the folders of `paths`: folders the library holds dumps from, each
 * with the lines that could reach chrome once the chunk's files of that folder are counted
 * (every path counts as a possible dump: an over-count only lowers the bar, never hides a
 * line). Folders with nothing stored, or too few dumps in all, are left out.
 */
export function storedSitePages(paths: readonly string[]): Promise<FolderPages[]> {
  const incoming = new Map<string, number>();
  for (const path of paths) {
    const folder = folderOf(path);
    if (folder !== '') incoming.set(folder, (incoming.get(folder) ?? 0) + 1);
  }
  const folders = [...incoming.keys()].slice(0, MAX_FOLDERS);
  if (folders.length === 0) return Promise.resolve([]);
  // One read transaction: the counts and the lines agree with each other.
  return db.transaction(
    'r',
    [db.siteFolders, db.siteLines, db.articles, db.articleTexts],
    async () => {
      const stored = await db.siteFolders.bulkGet(folders);
      if (stored.every((row) => row === undefined)) return [];
      const again = await storedAgain(paths);
      const out: FolderPages[] = [];
      for (const [i, folder] of folders.entries()) {
        const minus = again.get(folder);
        const pages = (stored[i]?.pages ?? 0) + (minus?.pages ?? 0);
        const chunk = incoming.get(folder)!;
        if (pages <= 0 || pages + chunk < MIN_CHROME_PAGES) continue;
        const needed = storedPagesNeeded(pages, chunk);
        const rows = await db.siteLines
          .where('[folder+pages]')
          .between([folder, needed], [folder, Dexie.maxKey], true, true)
          .toArray();
        const lines = rows
          .map(({ line, pages: held }) => ({ line, pages: held + (minus?.lines.get(line) ?? 0) }))
          .filter((line) => line.pages >= needed);
        if (lines.length > MAX_LINES_PER_FOLDER) lines.sort((a, b) => b.pages - a.pages);
        out.push({ folder, pages, lines: lines.slice(0, MAX_LINES_PER_FOLDER) });
      }
      return out;
    },
  );
}

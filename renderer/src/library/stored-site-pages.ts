/**
 * What the library holds from the folders of files about to be ingested: each stored page
 * dump (`.txt`, `.md`) of the same folder as its distinct short lines, sent with the ingest
 * call so the host can tell the site's chrome (the menus and footers every page of a site
 * repeats) even when the dumps arrive one at a time. Bounded: the newest dumps of a folder
 * only, and only lines short enough to be chrome.
 */
import type { FolderPages } from '../../../preload/api';
import { db } from '../db/db';

/** Stored dumps read per folder: enough to see what a site repeats, few enough to send. */
export const MAX_PAGES_PER_FOLDER = 40;
/** Lines longer than this are prose, whatever repeats them (the host takes 200 after cleaning). */
const MAX_LINE = 400;
const MAX_LINES_PER_PAGE = 2_000;
const MAX_FOLDERS = 100;

/** The directory part of a path, with either separator (`/a/b.txt` → `/a`). */
export function folderOf(path: string): string {
  return path.slice(0, Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')));
}

const isDump = (path: string) => /\.(txt|md)$/i.test(path);

/** A page's distinct non-empty lines that could be chrome, trimmed, in order. */
export function chromeCandidateLines(text: string): string[] {
  const lines = new Set<string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.length > MAX_LINE) continue;
    lines.add(line);
    if (lines.size >= MAX_LINES_PER_PAGE) break;
  }
  return [...lines];
}

/** The stored page dumps of the folders of the dumps among `paths`, newest first. */
export async function storedSitePages(paths: readonly string[]): Promise<FolderPages[]> {
  const folders = [...new Set(paths.filter(isDump).map(folderOf))]
    .filter((f) => f !== '')
    .slice(0, MAX_FOLDERS);
  const asked = new Set(paths);
  const out: FolderPages[] = [];
  for (const folder of folders) {
    const separator = separatorOf(folder);
    // `sourcePath` is indexed: the folder's files are one key range (and its subfolders').
    const records = await db.articles
      .where('sourcePath')
      .between(folder + separator, folder + separator + '\uffff')
      // A file being ingested again is not its own witness: it would count its lines twice.
      .filter(
        (r) =>
          isDump(r.sourcePath) && folderOf(r.sourcePath) === folder && !asked.has(r.sourcePath),
      )
      .toArray();
    if (records.length === 0) continue;
    const newest = records
      .sort((a, b) => (a.addedAt < b.addedAt ? 1 : -1))
      .slice(0, MAX_PAGES_PER_FOLDER);
    const texts = await db.articleTexts.bulkGet(newest.map((r) => r.id));
    const pages = texts.flatMap((t) => (t ? [chromeCandidateLines(t.text)] : []));
    if (pages.length > 0) out.push({ folder, pages });
  }
  return out;
}

/** The separator a folder's paths use (Windows paths have no `/`). */
function separatorOf(folder: string): string {
  return folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
}

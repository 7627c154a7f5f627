/**
 * Writes to the site-chrome index (`siteLines`, `siteFolders`): every page dump the library
 * stores adds its folder's witness and its lines, a replaced text swaps its lines. Callers
 * run these inside the transaction that writes the articles themselves, so the index never
 * counts a dump that is not stored, nor misses one that is. A chunk of 25 dumps reads and
 * writes one row per distinct line it holds, whatever the folder's size.
 */
import { db } from '../db/db';
import type { SiteFolderRecord, SiteLineRecord } from '../db/records';
import { tallySitePages, type FolderTally, type SitePage } from './site-lines';

/** The tables a transaction writing the index must include. */
export function siteIndexTables() {
  return [db.siteLines, db.siteFolders];
}

/** Applies a tally (counts to add, negative to take away) in one transaction. */
async function applyTally(tallies: ReadonlyMap<string, FolderTally>): Promise<void> {
  if (tallies.size === 0) return;
  await db.transaction('rw', siteIndexTables(), async () => {
    const folders = [...tallies.keys()];
    const lineKeys: [string, string][] = [];
    for (const [folder, tally] of tallies)
      for (const [line, change] of tally.lines) if (change !== 0) lineKeys.push([folder, line]);
    const [folderRows, lineRows] = await Promise.all([
      db.siteFolders.bulkGet(folders),
      db.siteLines.bulkGet(lineKeys),
    ]);

    const folderPuts: SiteFolderRecord[] = [];
    const folderDeletes: string[] = [];
    folders.forEach((folder, i) => {
      const pages = (folderRows[i]?.pages ?? 0) + tallies.get(folder)!.pages;
      if (pages > 0) folderPuts.push({ folder, pages });
      else if (folderRows[i]) folderDeletes.push(folder);
    });
    const linePuts: SiteLineRecord[] = [];
    const lineDeletes: [string, string][] = [];
    lineKeys.forEach(([folder, line], i) => {
      const pages = (lineRows[i]?.pages ?? 0) + tallies.get(folder)!.lines.get(line)!;
      if (pages > 0) linePuts.push({ folder, line, pages });
      else if (lineRows[i]) lineDeletes.push([folder, line]);
    });
    await Promise.all([
      db.siteFolders.bulkPut(folderPuts),
      db.siteFolders.bulkDelete(folderDeletes),
      db.siteLines.bulkPut(linePuts),
      db.siteLines.bulkDelete(lineDeletes),
    ]);
  });
}

/** Counts `pages` (newly stored dumps) in the index. */
export function addToSiteIndex(pages: readonly SitePage[]): Promise<void> {
  return applyTally(tallySitePages(pages));
}

/** Replaces a stored dump's lines (`before`) with those of its new text (`after`). */
export function replaceInSiteIndex(before: SitePage, after: SitePage): Promise<void> {
  return applyTally(tallySitePages([after], 1, tallySitePages([before], -1)));
}

/** Takes `pages` (dumps leaving the library, as a delete to the trash) out of the index. */
export function removeFromSiteIndex(pages: readonly SitePage[]): Promise<void> {
  return applyTally(tallySitePages(pages, -1));
}

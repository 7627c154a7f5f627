/**
 * Writes a trash change (`store/change-set.ts`): moving a record's rows out of their tables
 * into one `trash` row, back again, or removing the trash row for good. Each runs inside
 * the caller's read-write transaction over `trashTables()`, and checks first that the rows
 * are as the change expects (stored and unchanged before a delete, absent before a
 * restore), so an undo after a restart, or a restore after the text was added again,
 * writes nothing rather than overwrite newer work.
 */
import { Dexie, type Table } from 'dexie';
import { withTrashedTextsSplit } from '../db/article-originals';
import { db } from '../db/db';
import type { ArticleRecord, ArticleTextRecord, TrashRecord } from '../db/records';
import { removeFromSiteIndex, addToSiteIndex, siteIndexTables } from '../library/site-line-index';
import { folderOf, isPageDump, siteLinesOf, type SitePage } from '../library/site-lines';
import { StaleChangeError } from '../store/annotation-repository';
import type { TableRowChange, TrashChange } from '../store/change-set';

/** The tables whose rows a trash record may hold. */
export const TRASHABLE_TABLES = [
  'articles',
  'articleTexts',
  'articleOriginals',
  'annotations',
  'annotationPacks',
  'annotationPackIds',
  'comments',
  'articleVersions',
  'articleStatuses',
  'analysts',
] as const;

/** Every table a trash change reads or writes: a transaction writing one must open them all. */
export function trashTables(): Table[] {
  return [...TRASHABLE_TABLES.map((name) => db.table(name)), db.trash, ...siteIndexTables()];
}

/** The primary key of `row` in `table` (compound keys as arrays). */
export function primaryKeyOf(table: Table, row: unknown): unknown {
  const keyPath = table.schema.primKey.keyPath;
  if (keyPath === undefined || keyPath === null) throw new Error(`${table.name} has no key path`);
  return Dexie.getByKeyPath(row as object, keyPath);
}

/** The stored rows with the keys of `rows`, in order (`undefined` where none is stored). */
function readSame(table: Table, rows: readonly unknown[]): Promise<unknown[]> {
  return table.bulkGet(rows.map((row) => primaryKeyOf(table, row)) as never[]);
}

/** Throws unless every row of `record` is stored exactly as the record holds it. */
async function checkStored(record: TrashRecord): Promise<void> {
  for (const [name, rows] of Object.entries(record.rows)) {
    const stored = await readSame(db.table(name), rows);
    rows.forEach((row, i) => {
      if (JSON.stringify(stored[i]) !== JSON.stringify(row))
        throw new StaleChangeError(
          `“${record.label}” changed since this delete was recorded (${name}); nothing was written.`,
        );
    });
  }
}

/** Throws unless no row of `record` is stored (its keys are free to put it back). */
async function checkAbsent(record: TrashRecord): Promise<void> {
  for (const [name, rows] of Object.entries(record.rows)) {
    const stored = await readSame(db.table(name), rows);
    if (stored.some((row) => row !== undefined))
      throw new StaleChangeError(
        `“${record.label}” cannot come back: the library holds some of its rows again (${name}); nothing was written.`,
      );
  }
}

/** The page dumps among the record's articles, as the site-chrome index counts them. */
function sitePagesOf(record: TrashRecord): SitePage[] {
  const texts = new Map(
    ((record.rows['articleTexts'] ?? []) as ArticleTextRecord[]).map((row) => [row.articleId, row]),
  );
  return ((record.rows['articles'] ?? []) as ArticleRecord[]).flatMap((article) => {
    const text = texts.get(article.id)?.text;
    if (!isPageDump(article.format) || text === undefined) return [];
    return [{ folder: folderOf(article.sourcePath), lines: siteLinesOf(text) }];
  });
}

async function moveRowsOut(record: TrashRecord): Promise<void> {
  await checkStored(record);
  for (const [name, rows] of Object.entries(record.rows)) {
    const table = db.table(name);
    await table.bulkDelete(rows.map((row) => primaryKeyOf(table, row)) as never[]);
  }
  await removeFromSiteIndex(sitePagesOf(record));
}

async function moveRowsBack(record: TrashRecord): Promise<void> {
  await checkAbsent(record);
  try {
    for (const [name, rows] of Object.entries(record.rows)) await db.table(name).bulkAdd(rows);
  } catch (error) {
    // `&textSha256`: the same text was added again as another article meanwhile.
    if (error instanceof Dexie.BulkError || error instanceof Dexie.ConstraintError)
      throw new StaleChangeError(
        `“${record.label}” cannot come back: an article with the same text is in the library again; nothing was written.`,
      );
    throw error;
  }
  await addToSiteIndex(sitePagesOf(record));
}

/**
 * `record` in the current schema's shape: a record kept from before schema 10 (a step of the
 * undo history holds its own copy) has its texts' originals parted into their table.
 */
function inCurrentShape(record: TrashRecord): TrashRecord {
  const rows = withTrashedTextsSplit(record.rows);
  return rows === record.rows ? record : { ...record, rows };
}

/** Writes one trash change in the current transaction (see the module comment). */
export async function writeTrashChange(change: TrashChange): Promise<void> {
  const { movesRows } = change;
  const before = change.before && inCurrentShape(change.before);
  const after = change.after && inCurrentShape(change.after);
  if (after && !before) {
    if (await db.trash.get(after.id))
      throw new StaleChangeError(`“${after.label}” is in the trash already; nothing was written.`);
    if (movesRows) await moveRowsOut(after);
    await db.trash.add(after);
  } else if (before && !after) {
    const stored = await db.trash.get(before.id);
    if (!stored || stored.deletedAt !== before.deletedAt)
      throw new StaleChangeError(
        `“${before.label}” is no longer in the trash; nothing was written.`,
      );
    if (movesRows) await moveRowsBack(before);
    await db.trash.delete(before.id);
  } else {
    throw new Error('A trash change either creates or removes a trash row.');
  }
}

/** Writes one change of a row of another table, checking the row's state first. */
export async function writeTableRowChange(change: TableRowChange): Promise<void> {
  const table = db.table(change.table);
  const row = change.before ?? change.after;
  const key = primaryKeyOf(table, row);
  const stored = await table.get(key as never);
  if (JSON.stringify(stored ?? null) !== JSON.stringify(change.before))
    throw new StaleChangeError(
      `A ${change.table} row changed since this action; nothing was written.`,
    );
  if (change.after) await table.put(change.after);
  else await table.delete(key as never);
}

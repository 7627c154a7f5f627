/**
 * Restores a backup of the workspace's own schema into the workspace's database itself, in
 * one read-write transaction that writes only the rows that differ. Why: Chromium stores
 * IndexedDB rows one request each, and writing a 100,000-annotation workspace whole took
 * 16 s here with no other work (the annotations' six indexes; 9 s without), so a restore
 * into a new database cannot take under 10 s. Restoring a snapshot or backup of the same
 * workspace, the common case, rewrites a few rows, not all of them.
 *
 * One transaction keeps the guarantee of the new-database path: a page killed at any moment
 * leaves the old workspace or the restored one, never a mix (IndexedDB commits a
 * transaction whole or not at all). The file is read in chunks inside it (`Dexie.waitFor`
 * keeps it open across the file reads), each chunk's rows counted and digested as they are
 * read and compared with the stored rows of the same key range; the digests are checked
 * against the manifest before the end, and a failure aborts the transaction: nothing is
 * changed. The caller's snapshot is awaited last, so the transaction commits only once the
 * workspace it replaces is kept.
 *
 * Each table's rows are merged by `table-merge.ts`, the tables finished in the file's order
 * (`table-walk.ts`). Rows are compared by their digest spelling (`TableDigests.spell`), the
 * same spelling the backup's verification trusts: two rows it cannot tell apart are kept as
 * stored. Annotation rows stored in packs by an earlier restore are compared as the rows
 * they are; annotation rows to write that are not stored as rows are written once every
 * table is merged, as packs when there are many (`row-packs.ts`: Chromium stores a pack of a
 * hundred rows for the cost of one row).
 *
 * The database is opened without the app's schema, so no middleware runs: the derived
 * tables (totals, library rows, span buckets) are restored from the file like any other.
 * A file this path cannot take (another schema's tables, keys outside rows, typed values,
 * rows out of key order) throws `NotInPlace`, its transaction aborted: nothing is kept.
 */
import { Dexie } from 'dexie';
import type { BackupManifest } from '../../../preload/api';
import { backupJsonStream } from './backup-json-stream';
import type { BackupProgress } from './backup-progress';
import { addReadRowSpelled, compareTables, TableDigests } from './table-digest';
import { collectParsedRows } from './parsed-rows';
import { revived, TypedRowFound } from './revive-row';
import { countAsRows, readRowPacks, RowPacking } from './row-packs';
import { NotInPlace, TableMerge, type InPlaceCounts, type StoredRowsSink } from './table-merge';
import { TableWalk } from './table-walk';
import { READ_CHUNK_BYTES } from './verify-backup';

/** The file's rows do not match its manifest; the transaction was aborted. */
export class RestoreVerificationFailed extends Error {
  constructor(readonly problems: string[]) {
    super(`The backup failed verification (${problems.join('; ')}).`);
  }
}

export interface InPlaceOptions {
  onProgress?: (progress: BackupProgress) => void;
  /** Given every stored row as it was before the restore (each exactly once). */
  keepStored?: StoredRowsSink;
  signal?: AbortSignal;
  /** Told once every row is read and verified, before the transaction waits for `committed`. */
  onVerified?: () => void;
  /** Awaited last inside the transaction (the snapshot of the workspace replaced); throwing aborts it. */
  beforeCommit?: () => Promise<unknown>;
  /** Annotation rows to write before they are packed (`row-packs.ts`); for tests. */
  rowPackMin?: number;
}

/** Dexie.waitFor's limit for one wait: a snapshot of a large workspace takes minutes. */
const WAIT_LIMIT_MS = 30 * 60 * 1000;

/**
 * Writes the rows unique indexes refused, until all are in or a round writes none: rows of
 * the backup that still clash hold one value twice, which its own database never held.
 */
async function retryRefused(merges: TableMerge[]): Promise<void> {
  let refused = Infinity;
  for (;;) {
    let left = 0;
    for (const merge of merges) left += await merge.retry();
    if (left === 0) return;
    if (left >= refused)
      throw new RestoreVerificationFailed([
        `${left} of its rows hold a value a unique index allows once, twice`,
      ]);
    refused = left;
  }
}

/** The tables of `database` are exactly the backup's, or the file needs the other path. */
function checkTables(database: Dexie, manifest: BackupManifest): void {
  const stored = database.tables.map((table) => table.name).sort();
  const backedUp = manifest.tables.map((table) => table.name).sort();
  if (JSON.stringify(stored) !== JSON.stringify(backedUp))
    throw new NotInPlace('The backup holds other tables than the workspace.');
}

/**
 * Restores `file` into the database `databaseName` in place (see the file's comment).
 * Throws `NotInPlace` (nothing written), `RestoreVerificationFailed` (nothing changed), the
 * signal's reason when cancelled, or what `beforeCommit` threw.
 */
export async function mergeBackupInPlace(
  file: Blob,
  manifest: BackupManifest,
  databaseName: string,
  { onProgress, signal, onVerified, beforeCommit, keepStored, rowPackMin }: InPlaceOptions = {},
): Promise<InPlaceCounts> {
  // Opened as stored: no declared schema, so none of the app's middlewares.
  const database = new Dexie(databaseName);
  await database.open();
  try {
    checkTables(database, manifest);
    const counts: InPlaceCounts = { written: 0, deleted: 0, unchanged: 0 };
    const digests = new TableDigests(manifest.formatVersion);
    const tableNames = manifest.tables.map((table) => table.name);
    const totalRows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    return await database.transaction('rw', database.tables, async () => {
      // Read (and parsed) once: the comparison and the snapshot both take their rows.
      const rowPacks = await readRowPacks(database);
      const packing = new RowPacking(rowPacks, rowPackMin);
      const merges = new Map(
        database.tables.map((table) => [
          table.name,
          new TableMerge(table, digests, counts, keepStored, packing),
        ]),
      );
      const walk = new TableWalk(keepStored?.tables ?? tableNames, merges);
      if (keepStored) {
        const stored = await Promise.all(walk.order.map((name) => database.table(name).count()));
        // Counted as a backup counts them: packs of rows as the rows they hold.
        keepStored.begin(
          new Map(walk.order.map((name, i) => [name, countAsRows(name, stored[i]!, rowPacks)])),
        );
      }
      const stream = backupJsonStream(file);
      let done = 0;
      /** The previous chunk's steps, whose stored rows are read while this chunk is parsed. */
      let pending: (() => Promise<void>)[] = [];
      while (!stream.done()) {
        signal?.throwIfAborted();
        await Dexie.waitFor(stream.pullAsync(READ_CHUNK_BYTES), WAIT_LIMIT_MS);
        for (const write of pending) await write();
        pending = collectParsedRows(stream.result).flatMap(({ tableName, inbound, rows }) => {
          if (!inbound) throw new NotInPlace(`${tableName} keeps its keys outside its rows.`);
          const merge = merges.get(tableName);
          if (!merge) throw new NotInPlace(`The workspace has no table ${tableName}.`);
          done += rows.length;
          return [
            ...walk.finishBefore(tableName),
            merge.read(rows.map((row) => addReadRowSpelled(digests, tableName, revived(row)))),
          ];
        });
        onProgress?.({ phase: 'import', done, total: totalRows, sizeBytes: file.size });
      }
      for (const write of pending) await write();
      for (const finish of walk.finishRest()) await finish();
      await packing.store(database);
      await retryRefused([...merges.values()]);
      const found = await Dexie.waitFor(digests.finish(tableNames), WAIT_LIMIT_MS);
      const problems = compareTables(manifest.tables, found);
      if (problems.length > 0) throw new RestoreVerificationFailed(problems);
      signal?.throwIfAborted();
      onVerified?.();
      if (beforeCommit) await Dexie.waitFor(beforeCommit(), WAIT_LIMIT_MS);
      // The last moment a cancel is honoured: after this the transaction commits.
      signal?.throwIfAborted();
      return counts;
    });
  } catch (error) {
    // A typed value (a Date, bytes) is revived only by the library's importer.
    if (error instanceof TypedRowFound) throw new NotInPlace('The backup holds typed values.');
    throw error;
  } finally {
    database.close();
  }
}

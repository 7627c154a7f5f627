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
 * Rows are compared by their digest spelling (`TableDigests.spell`), the same spelling the
 * backup's verification trusts: two rows it cannot tell apart are kept as stored. Annotation
 * rows stored in packs by an earlier restore are compared as the rows they are; annotation
 * rows to write that are not stored as rows are written once every table is merged, as
 * packs when there are many (`row-packs.ts`: Chromium stores a pack of a hundred rows for
 * the cost of one row).
 *
 * The database is opened without the app's schema, so no middleware runs: the derived
 * tables (totals, library rows, span buckets) are restored from the file like any other.
 * A file this path cannot take (another schema's tables, keys outside rows, typed values,
 * rows out of key order) throws `NotInPlace`, its transaction aborted: nothing is kept.
 */
import { Dexie, type IndexableType, type Table } from 'dexie';
import type { Annotation } from '../annotation/types';
import type { BackupManifest } from '../../../preload/api';
import { backupJsonStream } from './backup-json-stream';
import type { BackupProgress } from './backup-progress';
import { addReadRowSpelled, compareTables, TableDigests } from './table-digest';
import { collectParsedRows } from './parsed-rows';
import { revived, TypedRowFound } from './revive-row';
import {
  countAsRows,
  PackedRowCursor,
  packName,
  readRowPacks,
  RowPacking,
  spelledInKeyOrder,
  type SpelledRows,
} from './row-packs';
import { READ_CHUNK_BYTES } from './verify-backup';

/** The file needs the new-database path; nothing was kept. */
export class NotInPlace extends Error {}

/** The file's rows do not match its manifest; the transaction was aborted. */
export class RestoreVerificationFailed extends Error {
  constructor(readonly problems: string[]) {
    super(`The backup failed verification (${problems.join('; ')}).`);
  }
}

/** What the restore did to the stored rows, summed over every table. */
export interface InPlaceCounts {
  /** Rows added or replaced because the stored one differed. */
  written: number;
  /** Stored rows the backup does not hold. */
  deleted: number;
  /** Rows already as the backup holds them. */
  unchanged: number;
}

/**
 * Told every stored row the merge reads, before anything is changed: a restore keeps its
 * snapshot of the workspace from these rows (`restore-snapshot.ts`) instead of reading the
 * workspace a second time.
 */
export interface StoredRowsSink {
  /** Every table of the workspace, in the order their rows must come. */
  readonly tables: readonly string[];
  /**
   * Told first, inside the transaction: each table's stored row count, as a backup counts
   * it (the annotations held in packs of rows as `annotations` rows, those packs not at all).
   */
  begin(counts: ReadonlyMap<string, number>): void;
  /**
   * Stored rows of `table`, in key order after the ones told before, with their spelling;
   * the annotations held in packs of rows come among the `annotations` rows.
   */
  rows(table: string, rows: readonly unknown[], spelled: readonly string[]): void;
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

/**
 * What a table is to the packs of annotation rows (`row-packs.ts`): `rows` (`annotations`,
 * whose stored rows include the packed ones), `packs` and `lists` (`annotationPacks`,
 * `annotationPackIds`, which leave the packs of rows alone).
 */
type PackRole = 'rows' | 'packs' | 'lists' | undefined;

const ROLES: Record<string, PackRole> = {
  annotations: 'rows',
  annotationPacks: 'packs',
  annotationPackIds: 'lists',
};

/** Stored rows past the file's last row read at a time when they are kept. */
const FINISH_PAGE_ROWS = 2000;

/** Dexie.waitFor's limit for one wait: a snapshot of a large workspace takes minutes. */
const WAIT_LIMIT_MS = 30 * 60 * 1000;

/** One table's merge: where the file's rows stand in key order, and what was done. */
class TableMerge {
  private lastKey: IndexableType | undefined;
  /** Rows a unique index refused, written again once the stale rows are gone. */
  private readonly deferred: unknown[] = [];

  private readonly role: PackRole;

  constructor(
    private readonly table: Table,
    private readonly digests: TableDigests,
    private readonly counts: InPlaceCounts,
    private readonly keepStored: StoredRowsSink | undefined,
    private readonly packing: RowPacking,
  ) {
    const { primKey } = table.schema;
    if (!primKey.keyPath) throw new NotInPlace(`${table.name} keeps its keys outside its rows.`);
    this.role = ROLES[table.name];
  }

  /** Whether `row` is a pack of rows (or its id list), which only `packing` deals with. */
  private isHidden(row: unknown): boolean {
    if (this.role !== 'packs' && this.role !== 'lists') return false;
    const { articleId, author } = row as { articleId?: unknown; author?: unknown };
    return this.packing.names.has(packName(articleId, author));
  }

  private keyOf(row: unknown): IndexableType {
    const key = Dexie.getByKeyPath(
      row as object,
      this.table.schema.primKey.keyPath as string | string[],
    );
    if (key === undefined) throw new NotInPlace(`A row of ${this.table.name} has no key.`);
    return key as IndexableType;
  }

  /**
   * Starts reading the stored rows in the key range of `rows` (the file's next rows), and
   * answers the step that writes what differs among them and deletes the stored rows
   * between them, once that read is in. The caller parses the file's next chunk meanwhile.
   */
  read(rows: readonly { row: unknown; spelled: string }[]): () => Promise<void> {
    if (rows.length === 0) return async () => {};
    const keys = rows.map(({ row }) => this.keyOf(row));
    keys.forEach((key, i) => {
      const previous = i === 0 ? this.lastKey : keys[i - 1];
      if (previous !== undefined && indexedDB.cmp(previous, key) >= 0)
        throw new NotInPlace(`The rows of ${this.table.name} are not in key order.`);
    });
    const last = keys[keys.length - 1]!;
    const range =
      this.lastKey === undefined
        ? this.table.where(':id').belowOrEqual(last)
        : this.table.where(':id').between(this.lastKey, last, false, true);
    this.lastKey = last;
    const reading = range.toArray();
    // Awaited by the step, unless the transaction is given up first.
    reading.catch(() => {});
    // The stored packed rows of this key range, spelled once for the comparison and the
    // snapshot both.
    const packedRows = this.role === 'rows' ? this.packing.storedUpTo(last) : [];
    const packedSpelled = packedRows.map((row) => this.digests.spell(row));
    const packed = new Map(packedRows.map((row, i) => [JSON.stringify(row.id), packedSpelled[i]!]));
    return async () => {
      const storedRows = (await reading).filter((row) => !this.isHidden(row));
      const spellings = storedRows.map((row) => this.digests.spell(row));
      this.tellStored({ rows: storedRows, spelled: spellings }, packedRows, packedSpelled);
      const stored = new Map<string, string>();
      storedRows.forEach((row, i) => stored.set(JSON.stringify(this.keyOf(row)), spellings[i]!));
      const changed: unknown[] = [];
      rows.forEach(({ row, spelled }, i) => {
        const key = JSON.stringify(keys[i]);
        if (this.role === 'packs') this.packing.fileKeys.add(key);
        if (stored.has(key) || this.role !== 'rows') {
          if (stored.get(key) === spelled) this.counts.unchanged++;
          else changed.push(row);
          stored.delete(key);
        } else if (packed.get(key) === spelled) {
          this.counts.unchanged++;
          packed.delete(key);
        } else {
          // Not stored as a row: written by `packing` once every table is merged.
          this.packing.write(row as Annotation);
          this.counts.written++;
          packed.delete(key);
        }
      });
      for (const key of packed.keys()) this.packing.drop(JSON.parse(key) as string);
      this.counts.deleted += packed.size;
      const gone = [...stored.keys()].map((key) => JSON.parse(key) as IndexableType);
      if (gone.length > 0) await this.table.bulkDelete(gone);
      this.counts.deleted += gone.length;
      await this.put(changed);
    };
  }

  /**
   * Tells `keepStored` the stored rows of a key range, the packed ones among them as the
   * rows they are, in key order: the snapshot is the backup of the workspace, which spells
   * packs of rows so (`row-packs.ts`).
   */
  private tellStored(
    rows: SpelledRows,
    packedRows: readonly Annotation[],
    packedSpelled?: readonly string[],
  ): void {
    if (!this.keepStored) return;
    const spelled = packedSpelled ?? packedRows.map((row) => this.digests.spell(row));
    const told = spelledInKeyOrder(rows, { rows: packedRows, spelled });
    this.keepStored.rows(this.table.name, told.rows, told.spelled);
  }

  /**
   * Writes `rows`; one that a unique index refuses (a stored row further on holds its value,
   * say an article re-imported under a new id) waits for `retry`, once every stored row the
   * backup lacks is deleted. Catching Dexie's BulkError keeps the rows that were written and
   * the transaction going.
   */
  private async put(rows: unknown[]): Promise<void> {
    if (rows.length === 0) return;
    try {
      await this.table.bulkPut(rows);
      this.counts.written += rows.length;
    } catch (error) {
      if (!(error instanceof Dexie.BulkError)) throw error;
      const refused = Object.entries(error.failuresByPos);
      if (refused.some(([, failure]) => failure.name !== 'ConstraintError')) throw error;
      this.counts.written += rows.length - refused.length;
      for (const [position] of refused) this.deferred.push(rows[Number(position)]);
    }
  }

  /** Writes the rows a unique index refused before; answers how many are still refused. */
  async retry(): Promise<number> {
    const rows = this.deferred.splice(0);
    await this.put(rows);
    return this.deferred.length;
  }

  /**
   * Deletes the stored rows past the file's last row of this table; told to `keepStored`
   * first, a page at a time (a small backup restored over a large workspace leaves most of
   * its rows here).
   */
  async finish(): Promise<void> {
    const past = () =>
      this.lastKey === undefined
        ? this.table.toCollection()
        : this.table.where(':id').above(this.lastKey);
    const packed = this.role === 'rows' ? this.packing.storedUpTo(undefined) : [];
    for (const row of packed) this.packing.drop(row.id);
    this.counts.deleted += packed.length;
    if (!this.keepStored) {
      const keys = (await past().primaryKeys()).filter(
        (key) =>
          !this.isHidden({ articleId: (key as unknown[])[0], author: (key as unknown[])[1] }),
      );
      if (keys.length > 0) await this.table.bulkDelete(keys);
      this.counts.deleted += keys.length;
      return;
    }
    // The packed rows past the file's last row, told among the pages of rows they fall in.
    const packedLeft = new PackedRowCursor(packed);
    for (let isLast = false; !isLast;) {
      const page = await past().limit(FINISH_PAGE_ROWS).toArray();
      isLast = page.length < FINISH_PAGE_ROWS;
      if (page.length > 0) this.lastKey = this.keyOf(page[page.length - 1]);
      const rows = page.filter((row) => !this.isHidden(row));
      this.tellStored(
        { rows, spelled: rows.map((row) => this.digests.spell(row)) },
        packedLeft.upTo(isLast ? undefined : this.lastKey),
      );
      const keys = rows.map((row) => this.keyOf(row));
      if (keys.length > 0) await this.table.bulkDelete(keys);
      this.counts.deleted += keys.length;
    }
  }
}

/**
 * The tables in the order the file's rows come: once the file moves past a table, the
 * stored rows past its last row are deleted (and told to `keepStored` in that order). A
 * table whose rows come back later has had its rest deleted: such a file (dexie-export-import
 * writes each table once, in order) takes the other path.
 */
class TableWalk {
  /** The tables before this one in `order` are finished. */
  private finished = 0;

  constructor(
    readonly order: readonly string[],
    private readonly merges: ReadonlyMap<string, TableMerge>,
  ) {}

  /** The steps finishing the tables before `tableName` (rows of which the file now holds). */
  finishBefore(tableName: string): (() => Promise<void>)[] {
    const index = this.order.indexOf(tableName);
    if (index < this.finished)
      throw new NotInPlace(`The backup's rows of ${tableName} are not in the tables' order.`);
    return this.finishUpTo(index);
  }

  /** The steps finishing every table not finished yet. */
  finishRest(): (() => Promise<void>)[] {
    return this.finishUpTo(this.order.length);
  }

  /** The steps finishing the tables from the first unfinished one up to, not with, `end`. */
  private finishUpTo(end: number): (() => Promise<void>)[] {
    const steps: (() => Promise<void>)[] = [];
    for (; this.finished < end; this.finished++) {
      const merge = this.merges.get(this.order[this.finished]!)!;
      steps.push(() => merge.finish());
    }
    return steps;
  }
}

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

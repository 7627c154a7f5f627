/**
 * One table's part of a restore in place (`in-place-merge.ts`): the file's rows of a key
 * range compared with the stored rows of the same range, what differs written, the stored
 * rows the file lacks deleted, and every stored row told as it was to the snapshot
 * (`StoredRowsSink`). The `annotations` held in packs of rows (`row-packs.ts`) are compared
 * and told as the rows they are; the packs themselves are left to `RowPacking`.
 */
import { Dexie, type Collection, type IndexableType, type Table } from 'dexie';
import type { Annotation } from '../annotation/types';
import type { RowPacking } from './row-packs';
import { compareKeys, keyName } from './key-order';
import { PackedRowCursor, packName, spelledInKeyOrder, type SpelledRows } from './row-packs';
import type { TableDigests } from './table-digest';

/** The file needs the new-database path; nothing was kept. */
export class NotInPlace extends Error {}

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

/** Stored rows read (`TableMerge.readShown`): the rows shown, how many keys, the last key. */
interface ShownRows {
  rows: unknown[];
  read: number;
  last: IndexableType | undefined;
}

/** Stored rows past the file's last row read at a time when they are kept. */
const FINISH_PAGE_ROWS = 2000;

/** One table's merge: where the file's rows stand in key order, and what was done. */
export class TableMerge {
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

  /**
   * The stored rows of `collection` but the packs of rows and their id lists (`isHidden`),
   * which are not read at all: ~50 MB for 100,000 packed annotations, read once already
   * (`readRowPacks`); reading them again here left a restore over them idle ~1 s. Answers
   * the rows, how many keys the collection held, and the last of them.
   */
  private readShown(collection: Collection): PromiseLike<ShownRows> {
    // Dexie's own promises, chained: the transaction stays this one's between the reads.
    if ((this.role !== 'packs' && this.role !== 'lists') || this.packing.names.size === 0)
      return collection.toArray().then((rows) => ({
        rows,
        read: rows.length,
        last: rows.length > 0 ? this.keyOf(rows[rows.length - 1]) : undefined,
      }));
    // The packs' tables are keyed by `[articleId, author]`.
    return collection.primaryKeys().then((keys) => {
      const shown = keys.filter((key) => {
        const [articleId, author] = key as unknown[];
        return !this.isHidden({ articleId, author });
      });
      const last = keys[keys.length - 1];
      return this.table.bulkGet(shown).then((rows) => ({ rows, read: keys.length, last }));
    });
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
      if (previous !== undefined && compareKeys(previous, key) >= 0)
        throw new NotInPlace(`The rows of ${this.table.name} are not in key order.`);
    });
    const last = keys[keys.length - 1]!;
    const range =
      this.lastKey === undefined
        ? this.table.where(':id').belowOrEqual(last)
        : this.table.where(':id').between(this.lastKey, last, false, true);
    this.lastKey = last;
    const reading = this.readShown(range);
    // Awaited by the step, unless the transaction is given up first.
    reading.then(undefined, () => {});
    // The stored packed rows of this key range, spelled once for the comparison and the
    // snapshot both.
    const packedRows = this.role === 'rows' ? this.packing.storedUpTo(last) : [];
    const packedSpelled = packedRows.map((row) => this.digests.spell(row));
    // Positions in `packedRows` and in the stored rows, by their keys' names (`keyName`).
    const packed = new Map(packedRows.map((row, i) => [keyName(row.id), i]));
    return async () => {
      const storedRows = (await reading).rows;
      const spellings = storedRows.map((row) => this.digests.spell(row));
      this.tellStored({ rows: storedRows, spelled: spellings }, packedRows, packedSpelled);
      const stored = new Map<string, number>();
      storedRows.forEach((row, i) => stored.set(keyName(this.keyOf(row)), i));
      const changed: unknown[] = [];
      rows.forEach(({ row, spelled }, i) => {
        const name = keyName(keys[i]!);
        // The packs' keys by the names `packing` knows them by (`packName`).
        if (this.role === 'packs') this.packing.fileKeys.add(JSON.stringify(keys[i]));
        const at = stored.get(name);
        if (at !== undefined || this.role !== 'rows') {
          if (at !== undefined && spellings[at] === spelled) this.counts.unchanged++;
          else changed.push(row);
          stored.delete(name);
          return;
        }
        const packedAt = packed.get(name);
        packed.delete(name);
        if (packedAt !== undefined && packedSpelled[packedAt] === spelled) {
          this.counts.unchanged++;
        } else {
          // Not stored as a row: written by `packing` once every table is merged.
          this.packing.write(row as Annotation);
          this.counts.written++;
        }
      });
      for (const at of packed.values()) this.packing.drop(packedRows[at]!.id);
      this.counts.deleted += packed.size;
      const gone = [...stored.values()].map((at) => this.keyOf(storedRows[at]));
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
      const page = await this.readShown(past().limit(FINISH_PAGE_ROWS));
      isLast = page.read < FINISH_PAGE_ROWS;
      if (page.last !== undefined) this.lastKey = page.last;
      const { rows } = page;
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

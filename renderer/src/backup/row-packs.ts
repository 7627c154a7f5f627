/**
 * Annotation rows a restore stores as packs (`heldAsRows`), and how a backup and the next
 * restore see them: as the `annotations` rows they are. Why: Chromium stores an IndexedDB
 * row for about 150 µs with the annotations' six indexes, so a restore writing 100,000
 * annotation rows (into an emptied workspace, as on a new machine) took 14.5 s on a quiet
 * machine whatever else it did; the same annotations as 1,000 packs, one per article and
 * author, are stored in under a second. Packs are the imported sets' storage already
 * (`store/annotation-storage.ts`): every reader looks in both, and the first write touching
 * a packed annotation moves its pack into rows.
 *
 * The storage form is not the content: a backup spells a pack held as rows as its rows, in
 * key order among the others (`plain-export.ts`), so a workspace restored into an empty
 * profile backs up to the file it came from, and a restore in place compares the backup's
 * rows with the packed ones as with rows (`in-place-merge.ts`). A few rows are written as
 * rows (`ROW_PACK_MIN`): the analyst's own rows keep the readers' row paths (paged reading,
 * the export's walk of rows in key order, per-row change notes).
 */
import type { Dexie, IndexableType } from 'dexie';
import type { Annotation } from '../annotation/types';
import { isHeldAsRows, packedAnnotations } from '../db/packed-annotations';
import type { AnnotationPackIdsRecord, AnnotationPackRecord } from '../db/records';
import { compareKeys } from './key-order';

/**
 * Annotation rows a restore must write (not stored as rows) before it packs them rather
 * than write rows: ~5,000 rows cost Chromium under a second; below that the rows path is cheap
 * and keeps the analyst's own work in rows.
 */
export const ROW_PACK_MIN = 5_000;

type PackKey = [string, string];

/** The name a pack key is found by in maps and sets. */
export const packName = (articleId: unknown, author: unknown): string =>
  JSON.stringify([articleId, author]);

/** The packs a workspace holds as rows, read before anything changes. */
export interface StoredRowPacks {
  /** Their keys' names (`packName`). */
  names: Set<string>;
  /** Their packs' rows found (a pack's ids row without its pack counts for nothing). */
  packs: number;
  /** Their annotations, by id in key order. */
  rows: Annotation[];
}

/** IndexedDB's key order of annotation ids. */
const byId = (a: Annotation, b: Annotation) => compareKeys(a.id, b.id);

/**
 * The packs of `database` held as rows, with their annotations in key order. Reads every
 * pack's id list (small rows) and only the packs held as rows; inside the caller's
 * transaction when it has one.
 */
export async function readRowPacks(database: Dexie): Promise<StoredRowPacks> {
  // One getAll, filtered here: Dexie walks a cursor for a filtered collection, a round trip
  // per pack's ids (~0.15 s for 1,000 packs in a restore's profile).
  const lists = (
    (await database.table('annotationPackIds').toArray()) as AnnotationPackIdsRecord[]
  ).filter(isHeldAsRows);
  const names = new Set(lists.map((list) => packName(list.articleId, list.author)));
  if (lists.length === 0) return { names, packs: 0, rows: [] };
  const keys = lists.map((list): PackKey => [list.articleId, list.author]);
  const packs = ((await database.table('annotationPacks').bulkGet(keys)) as unknown[]).filter(
    (pack): pack is AnnotationPackRecord => pack !== undefined,
  );
  const rows = packs.flatMap(packedAnnotations).sort(byId);
  return { names, packs: packs.length, rows };
}

/** `rows` and `packed` (each in key order) as one list in key order. */
export function inKeyOrder(rows: readonly unknown[], packed: readonly Annotation[]): unknown[] {
  if (packed.length === 0) return rows as unknown[];
  const out: unknown[] = [];
  let at = 0;
  for (const row of rows) {
    const id = (row as Annotation).id;
    while (at < packed.length && compareKeys(packed[at]!.id, id) < 0) out.push(packed[at++]);
    out.push(row);
  }
  while (at < packed.length) out.push(packed[at++]);
  return out;
}

/**
 * The stored rows of packs of rows, handed out in key order a range at a time, as a reader
 * of the `annotations` rows in key order reaches them.
 */
export class PackedRowCursor {
  private next = 0;

  constructor(private readonly rows: readonly Annotation[]) {}

  /** The rows with ids up to `last` (every one left when undefined) not handed out yet. */
  upTo(last: IndexableType | undefined): Annotation[] {
    const from = this.next;
    while (
      this.next < this.rows.length &&
      (last === undefined || compareKeys(this.rows[this.next]!.id, last) <= 0)
    )
      this.next++;
    return this.rows.slice(from, this.next);
  }
}

/** Rows beside their spellings (`TableDigests.spell`), position for position. */
export interface SpelledRows {
  rows: readonly unknown[];
  spelled: readonly string[];
}

/**
 * `rows` and `packed` (annotation rows, each in key order) as one list in key order, each
 * row with its spelling: a reader of rows that already spelled them tells the packed ones
 * among them without spelling any twice.
 */
export function spelledInKeyOrder(rows: SpelledRows, packed: SpelledRows): SpelledRows {
  if (packed.rows.length === 0) return rows;
  const out: { rows: unknown[]; spelled: string[] } = { rows: [], spelled: [] };
  const take = (from: SpelledRows, i: number) => {
    out.rows.push(from.rows[i]);
    out.spelled.push(from.spelled[i]!);
  };
  let at = 0;
  rows.rows.forEach((row, i) => {
    const id = (row as Annotation).id;
    while (at < packed.rows.length && compareKeys((packed.rows[at] as Annotation).id, id) < 0)
      take(packed, at++);
    take(rows, i);
  });
  while (at < packed.rows.length) take(packed, at++);
  return out;
}

/**
 * How many rows `table` (holding `stored`) has once the packs of rows are spelled as the
 * rows they hold, as a backup spells them: their annotations counted as `annotations` rows,
 * their packs and id lists not counted.
 */
export function countAsRows(table: string, stored: number, packs: StoredRowPacks): number {
  if (table === 'annotations') return stored + packs.rows.length;
  if (table === 'annotationPacks') return stored - packs.packs;
  if (table === 'annotationPackIds') return stored - packs.names.size;
  return stored;
}

/** A pack record holding annotation rows `rows` (sorted by id) of one article and author. */
function rowPackOf(articleId: string, author: string, rows: readonly Annotation[]) {
  return {
    pack: { articleId, author, annotationsJson: JSON.stringify(rows), heldAsRows: true },
    ids: { articleId, author, annotationIds: rows.map((row) => row.id), heldAsRows: true },
  };
}

/**
 * The `annotations` side of a restore in place over packs held as rows: answers the stored
 * packed rows of each key range as the merge reaches it, and takes the rows to write that
 * are not stored as rows; `write` stores them, as packs when there are many, once every
 * table is merged (the file's own packs, later in it, may hold a key this would pack).
 */
export class RowPacking {
  private readonly cursor: PackedRowCursor;
  /** Stored packed rows replaced or gone, by id. */
  private readonly dropped = new Set<string>();
  private readonly pending: Annotation[] = [];
  /** Keys of the packs the file holds (its `annotationPacks` rows). */
  readonly fileKeys = new Set<string>();

  constructor(
    private readonly stored: StoredRowPacks,
    private readonly minRows = ROW_PACK_MIN,
  ) {
    this.cursor = new PackedRowCursor(stored.rows);
  }

  /** The keys of the stored packs of rows: the merge of the packs' tables leaves them alone. */
  get names(): ReadonlySet<string> {
    return this.stored.names;
  }

  /** The stored packed rows with ids up to `last` (all the rest when undefined), in key order. */
  storedUpTo(last: IndexableType | undefined): Annotation[] {
    return this.cursor.upTo(last);
  }

  /** `row` is written (new, or replacing a stored packed row of its id). */
  write(row: Annotation): void {
    this.dropped.add(row.id);
    this.pending.push(row);
  }

  /** The stored packed row `id` is gone. */
  drop(id: string): void {
    this.dropped.add(id);
  }

  /**
   * Stores what `write` and `drop` were told: the rows written as packs of their article and
   * author when there are `minRows` of them, else as rows; every stored pack of rows still
   * holding a row it held rewritten, the others deleted. A key the file's own packs hold
   * (the restore stored that pack already) takes its rows as rows.
   */
  async store(database: Dexie): Promise<void> {
    const asPacks = this.pending.length >= this.minRows;
    const groups = new Map<string, { key: PackKey; rows: Annotation[]; isChanged: boolean }>();
    const entryOf = (articleId: string, author: string) => {
      const name = packName(articleId, author);
      let entry = groups.get(name);
      if (!entry)
        groups.set(name, (entry = { key: [articleId, author], rows: [], isChanged: false }));
      return entry;
    };
    // Every stored pack of rows is in `groups`, so that one left empty is deleted.
    for (const name of this.stored.names) entryOf(...(JSON.parse(name) as PackKey));
    for (const row of this.stored.rows) {
      const entry = entryOf(row.articleId, row.author);
      if (this.dropped.has(row.id)) entry.isChanged = true;
      else entry.rows.push(row);
    }
    const rowsToPut: Annotation[] = [];
    for (const row of this.pending) {
      // A pack's key must be a valid IndexedDB key: a row without both is written as a row.
      if (asPacks && typeof row.articleId === 'string' && typeof row.author === 'string') {
        const entry = entryOf(row.articleId, row.author);
        entry.rows.push(row);
        entry.isChanged = true;
      } else rowsToPut.push(row);
    }
    const packs: object[] = [];
    const lists: object[] = [];
    const gone: PackKey[] = [];
    for (const [name, entry] of groups) {
      // The file's own pack holds this key (the merge stored it): these go in as rows.
      if (this.fileKeys.has(name)) rowsToPut.push(...entry.rows);
      else if (!entry.isChanged) continue;
      else if (entry.rows.length === 0) gone.push(entry.key);
      else {
        const made = rowPackOf(entry.key[0], entry.key[1], entry.rows.sort(byId));
        packs.push(made.pack);
        lists.push(made.ids);
      }
    }
    const annotations = database.table('annotations');
    const packTable = database.table('annotationPacks');
    const listTable = database.table('annotationPackIds');
    await Promise.all([
      rowsToPut.length > 0 ? annotations.bulkPut(rowsToPut) : undefined,
      packs.length > 0 ? packTable.bulkPut(packs) : undefined,
      lists.length > 0 ? listTable.bulkPut(lists) : undefined,
      gone.length > 0 ? packTable.bulkDelete(gone) : undefined,
      gone.length > 0 ? listTable.bulkDelete(gone) : undefined,
    ]);
  }
}

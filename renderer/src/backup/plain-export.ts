/**
 * dexie-export-import's export file, written without typeson when every row is plain JSON
 * (strings, finite numbers, booleans, null, plain objects and dense arrays: all the app
 * stores). The digest already spells each row with `JSON.stringify`; for such a row that
 * spelling is what the library writes after typeson, but for the members typeson marks
 * (`undefined`, written as 0, and every array) in a `$types` member, added here as it adds
 * them. So a row is spelled once, instead of being encapsulated and spelled again.
 * Typeson's walk and the second spelling were 2.1 s of a 12 s backup of 100,000
 * annotations; with the verification's direct read (`verify-backup.ts`) a backup went
 * from 13.2–14.4 s to 10.6–11.6 s at load 3 (`npm run bench -- backup`).
 * The layout, header and chunking are the library's (`exportDB`), byte for byte
 * (`plain-export.test.ts`); a row that is not plain answers `null`, and the caller exports
 * through the library.
 */
import { Dexie, type Table } from 'dexie';
import { escapeKeys, mayNeedEscape } from './escape-keys';
import type { TableDigests } from './table-digest';

/**
 * Whether typeson leaves `value` as it is but for the members it marks (`spellAsLibrary`),
 * so `JSON.stringify` spells the rest as it would.
 */
export function isPlainJson(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      // NaN and the infinities are typed by typeson; JSON would write null.
      return Number.isFinite(value);
    case 'object':
      break;
    default:
      // bigint, functions, symbols; `undefined` is only taken as a member, below.
      return false;
  }
  if (value === null) return true;
  if (Array.isArray(value)) {
    // A hole or a key that is not an index is typed.
    if (Object.keys(value).length !== value.length) return false;
    for (let i = 0; i < value.length; i++)
      if (!(i in value) || !isPlainMember(value[i])) return false;
    return true;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!isPlainMember(record[key])) return false;
  return true;
}

const isPlainMember = (value: unknown) => value === undefined || isPlainJson(value);

/** Typeson's name for a member's place: keys joined by dots, `~` and `.` escaped. */
const pathPart = (key: string) => key.replace(/~/g, '~0').replace(/\./g, '~1');

interface Marks {
  /** Typeson's `$types`: each marked member's path and its type, in the order it walks. */
  types: [string, string][];
  hasUndefined: boolean;
}

/**
 * The members typeson marks in `value`, depth first in key order as it walks: `undefined`
 * (`undef`, written as 0) and every array (`arrayNonindexKeys`, which it marks whatever
 * the array holds, and revives as the array itself).
 */
function marksOf(value: object, path: string, marks: Marks): Marks {
  for (const key of Object.keys(value)) {
    const member = (value as Record<string, unknown>)[key];
    const at = path === '' ? pathPart(key) : `${path}.${pathPart(key)}`;
    if (member === undefined) {
      marks.types.push([at, 'undef']);
      marks.hasUndefined = true;
    } else if (typeof member === 'object' && member !== null) {
      if (Array.isArray(member)) marks.types.push([at, 'arrayNonindexKeys']);
      marksOf(member, at, marks);
    }
  }
  return marks;
}

/**
 * `row` (a plain object, spelled `spelled` by `JSON.stringify`) as typeson and the library
 * write it: `undefined` members as 0, and the marked members' paths in a `$types` member
 * added last.
 */
export function spellAsLibrary(row: object, spelled: string): string {
  const marks = marksOf(row, '', { types: [], hasUndefined: false });
  if (marks.types.length === 0) return spelled;
  const json = marks.hasUndefined
    ? JSON.stringify(row, (_key, member: unknown) => (member === undefined ? 0 : member))
    : spelled;
  return `${json.slice(0, -1)},"$types":${JSON.stringify(Object.fromEntries(marks.types))}}`;
}

/** How the library writes a table's schema in the header (`getSchemaString`). */
function schemaString(table: Table): string {
  return [table.schema.primKey, ...table.schema.indexes].map((index) => index.src).join(',');
}

/** A row typeson would have to mark: the export goes through the library instead. */
class NotPlain extends Error {}

export interface PlainExportOptions {
  rowsPerChunk: number;
  digests: TableDigests;
  signal?: AbortSignal;
  onProgress?: (rows: number, totalRows: number) => void;
  /** The database name the header gives (the database's own by default). */
  databaseName?: string;
}

/** Where the export's text goes, part after part. */
export interface ExportSink {
  write(part: string | Blob): void;
}

/**
 * Exports every table of `database` in one read transaction, each row digested as it goes
 * out; `null` when a row is not plain JSON or a table keeps its keys outside its rows.
 */
export async function exportPlain(
  database: Dexie,
  options: PlainExportOptions,
): Promise<Blob | null> {
  const slices: BlobPart[] = [];
  // A chunk of rows becomes a Blob at once, as the library makes them: the browser may keep
  // it off the heap.
  const write = (part: string | Blob) =>
    slices.push(typeof part === 'string' && part.length > 4096 ? new Blob([part]) : part);
  const isPlain = await exportPlainTo(database, { write }, options);
  return isPlain ? new Blob([...slices, '}'], { type: 'text/json' }) : null;
}

/**
 * `exportPlain` into `out`, as it is read: the file but its closing brace, so a member may
 * follow (the backup's manifest). False when a row is not plain JSON (what `out` was given
 * is then not a file) or a table keeps its keys outside its rows (`out` was given nothing).
 */
export async function exportPlainTo(
  database: Dexie,
  out: ExportSink,
  { rowsPerChunk, digests, signal, onProgress, databaseName }: PlainExportOptions,
): Promise<boolean> {
  const tables = database.tables;
  // The library writes `[key, value]` pairs for those: not done here.
  if (tables.some((table) => !table.schema.primKey.keyPath)) return false;
  try {
    await database.transaction('r', tables, async () => {
      const counts = await Promise.all(tables.map((table) => table.count()));
      const totalRows = counts.reduce((sum, count) => sum + count, 0);
      const header = JSON.stringify({
        formatName: 'dexie',
        formatVersion: 1,
        data: {
          databaseName: databaseName ?? database.name,
          databaseVersion: database.verno,
          tables: tables.map((table, i) => ({
            name: table.name,
            schema: schemaString(table),
            rowCount: counts[i],
          })),
          data: [],
        },
      });
      const endOfData = header.lastIndexOf(']');
      out.write(header.slice(0, endOfData));
      let done = 0;
      for (const [index, table] of tables.entries()) {
        const empty = JSON.stringify({ tableName: table.name, inbound: true, rows: [] });
        const endOfRows = empty.lastIndexOf(']');
        out.write(empty.slice(0, endOfRows));
        const keyPath = table.schema.primKey.keyPath as string | string[];
        const readAfter = (key: unknown): Promise<unknown[]> => {
          const chunk = key === undefined ? table.toCollection() : table.where(':id').above(key);
          const reading = chunk.limit(rowsPerChunk).toArray();
          // A chunk read ahead is awaited unless the export stops first (a row not plain JSON).
          reading.catch(() => {});
          return reading;
        };
        let reading = readAfter(undefined);
        for (let isFirst = true; ; isFirst = false) {
          onProgress?.(done, totalRows);
          const rows: unknown[] = await reading;
          if (rows.length === 0) break;
          const lastKey = Dexie.getByKeyPath(rows[rows.length - 1] as object, keyPath);
          // The next chunk is read while this one is spelled: IndexedDB works beside the script.
          const isLast = rows.length < rowsPerChunk;
          if (!isLast) reading = readAfter(lastKey);
          const spellings = rows.map((row) => {
            signal?.throwIfAborted();
            const spelled = digests.spell(row);
            digests.addSpelled(table.name, spelled);
            if (
              typeof row !== 'object' ||
              !isPlainJson(row) ||
              (row as { $types?: unknown }).$types !== undefined
            )
              throw new NotPlain();
            // Keys the library cannot carry are escaped (`escape-keys.ts`), as before.
            if (!mayNeedEscape(spelled)) return spellAsLibrary(row!, spelled);
            const escaped = escapeKeys(row!);
            return spellAsLibrary(escaped, JSON.stringify(escaped));
          });
          if (!isFirst) out.write(',');
          out.write(spellings.join(','));
          done += rows.length;
          if (isLast) break;
        }
        out.write(empty.slice(endOfRows));
        if (index < tables.length - 1) out.write(',');
      }
      // All but the file's closing brace.
      out.write(header.slice(endOfData, -1));
      onProgress?.(done, totalRows);
    });
  } catch (error) {
    if (error instanceof NotPlain) return false;
    throw error;
  }
  return true;
}

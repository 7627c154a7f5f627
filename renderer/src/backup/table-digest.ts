/**
 * Per-table row counts and SHA-256 digests, fed one row at a time in primary-key order, as
 * dexie-export-import hands rows to its `filter` both when it exports and when it reads a
 * file back. Web Crypto's digest is one-shot, so a table's rows are hashed in runs (each
 * row spelled, then a newline, in UTF-8) and the table's digest is the SHA-256 of its runs'
 * digests in order: the same rows in the same order give the same digest whichever side
 * read them, and no side holds a whole table's text at once.
 *
 * The manifest's `formatVersion` says how a row is spelled and where a run ends:
 * - 1: canonical JSON (keys sorted, in script); runs of 1,000 rows.
 * - 2: `JSON.stringify`, native and several times faster: a stored row and the same row
 *   read back from the file have their keys in the same order (structured clone,
 *   `JSON.stringify` and `JSON.parse` all keep it), which the round-trip property test
 *   checks. Runs of 1,000 rows.
 * - 3: version 2's spelling; a run ends after the row that brings it to `RUN_CHARS`
 *   characters. Runs of 1,000 rows were ~100 MB each in a workspace of imported packs
 *   (rows of ~100 KB), which cost seconds to join and encode; now a run is about a MB
 *   whatever the rows.
 * Every version is read; new backups write `DIGEST_FORMAT_VERSION`.
 *
 * Rows are encoded straight into the run's byte buffer (`encodeInto`), never joined into
 * one string first. Why Web Crypto per run rather than one incremental hash per table
 * (@noble/hashes is installed and could): measured in Node on this machine, @noble/hashes'
 * SHA-256 hashed 181 MB/s on the main thread, Web Crypto 308 MB/s, and Chromium runs it
 * natively off the script's thread.
 */
import type { BackupManifest, BackupTableSummary } from '../../../preload/api';
import { canonicalJson } from './canonical-json';
import { mayBeEscaped, unescapeKeys } from './escape-keys';
import { AnnotationCount } from './annotation-count';

/** Versions 1 and 2: rows per run. */
export const ROWS_PER_RUN = 1000;
/** Version 3: a run ends once it holds this many characters (rows and their newlines). */
export const RUN_CHARS = 1 << 20;
/** The version new backups are written with. */
export const DIGEST_FORMAT_VERSION = 3;

type FormatVersion = BackupManifest['formatVersion'];

interface TableState {
  rows: number;
  /** The open run's UTF-8 bytes, `used` of them. */
  bytes: Uint8Array<ArrayBuffer>;
  used: number;
  runRows: number;
  runChars: number;
  runDigests: Promise<ArrayBuffer>[];
}

const NEWLINE = 10;
const encoder = new TextEncoder();
const sha256 = (bytes: Uint8Array<ArrayBuffer>) => crypto.subtle.digest('SHA-256', bytes);
const toHex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** Version 2's spelling; a value `JSON.stringify` refuses (a BigInt) falls back to version 1's. */
function storedJson(row: unknown): string {
  try {
    return JSON.stringify(row) ?? 'null';
  } catch {
    return canonicalJson(row);
  }
}

const SPELLINGS: Record<FormatVersion, (row: unknown) => string> = {
  1: canonicalJson,
  2: storedJson,
  3: storedJson,
};

const isRunFull: Record<FormatVersion, (state: TableState) => boolean> = {
  1: (state) => state.runRows >= ROWS_PER_RUN,
  2: (state) => state.runRows >= ROWS_PER_RUN,
  3: (state) => state.runChars >= RUN_CHARS,
};

const newState = (): TableState => ({
  rows: 0,
  bytes: new Uint8Array(0),
  used: 0,
  runRows: 0,
  runChars: 0,
  runDigests: [],
});

/** Collects rows by table; `finish` answers each table's count and digest. */
export class TableDigests {
  private readonly tables = new Map<string, TableState>();
  /** The annotations among the rows, for the manifest: fed by whoever has the row objects. */
  readonly annotations = new AnnotationCount();
  private readonly spelling: (row: unknown) => string;
  private readonly isRunFull: (state: TableState) => boolean;

  constructor(formatVersion: FormatVersion = DIGEST_FORMAT_VERSION) {
    this.spelling = SPELLINGS[formatVersion];
    this.isRunFull = isRunFull[formatVersion];
  }

  /** `row` spelled as this digest spells it. */
  spell(row: unknown): string {
    return this.spelling(row);
  }

  /** Adds one row of `table` (synchronous: safe inside a Dexie transaction's callbacks). */
  add(table: string, row: unknown): void {
    this.addSpelled(table, this.spelling(row));
  }

  /**
   * Adds one row of `table` already spelled by `spell`. Answers the spelling's UTF-8 bytes, a
   * view valid until the next row of `table` is added: a writer holding the row as spelled
   * copies them rather than encoding it again (`file-rows.ts`).
   */
  addSpelled(table: string, spelled: string): Uint8Array {
    let state = this.tables.get(table);
    if (!state) {
      state = newState();
      this.tables.set(table, state);
    }
    // UTF-8 takes at most 3 bytes per UTF-16 unit; one more for the newline.
    const needed = state.used + spelled.length * 3 + 1;
    if (needed > state.bytes.length) {
      const grown = new Uint8Array(Math.max(needed, state.bytes.length * 2, RUN_CHARS));
      grown.set(state.bytes.subarray(0, state.used));
      state.bytes = grown;
    }
    const start = state.used;
    state.used += encoder.encodeInto(spelled, state.bytes.subarray(state.used)).written;
    const bytes = state.bytes.subarray(start, state.used);
    state.bytes[state.used++] = NEWLINE;
    state.rows++;
    state.runRows++;
    state.runChars += spelled.length + 1;
    // Closing the run leaves its bytes in place: they are digested from a copy.
    if (this.isRunFull(state)) closeRun(state);
    return bytes;
  }

  /** Count and digest of each of `tableNames`, in that order (a table never fed has 0 rows). */
  async finish(tableNames: readonly string[]): Promise<BackupTableSummary[]> {
    const summaries: BackupTableSummary[] = [];
    for (const name of tableNames) {
      const state = this.tables.get(name) ?? newState();
      closeRun(state);
      state.bytes = new Uint8Array(0);
      const runs = await Promise.all(state.runDigests);
      const joined = new Uint8Array(runs.length * 32);
      runs.forEach((run, i) => joined.set(new Uint8Array(run), i * 32));
      summaries.push({ name, rows: state.rows, sha256: toHex(await sha256(joined)) });
    }
    return summaries;
  }
}

function closeRun(state: TableState): void {
  if (state.runRows === 0) return;
  // The buffer is reused for the next run at once, uncopied: `digest` copies the bytes it is
  // given before it answers (Web Crypto: "getting a copy of the bytes held by the data"; so
  // do Chromium and Node). A copy here too was 100 MB more per restore over 100,000
  // annotations, and its garbage.
  state.runDigests.push(sha256(state.bytes.subarray(0, state.used)));
  state.used = 0;
  state.runRows = 0;
  state.runChars = 0;
}

/**
 * Digests a row read back from a backup as it was stored: with the keys the export escaped
 * back (only when its spelling shows it may hold one). Answers the row as stored.
 */
export function addReadRow(digests: TableDigests, table: string, value: unknown): unknown {
  return addReadRowSpelled(digests, table, value).row;
}

/** `addReadRow`, also answering the row's spelling (a restore in place compares by it). */
export function addReadRowSpelled(
  digests: TableDigests,
  table: string,
  value: unknown,
): { row: unknown; spelled: string } {
  let spelled = digests.spell(value);
  let row = value;
  if (mayBeEscaped(spelled)) {
    row = unescapeKeys(value);
    if (row !== value) spelled = digests.spell(row);
  }
  digests.addSpelled(table, spelled);
  return { row, spelled };
}

/** Sentences naming each table whose count or digest differs from what was expected. */
export function compareTables(
  expected: readonly BackupTableSummary[],
  found: readonly BackupTableSummary[],
): string[] {
  const byName = new Map(found.map((table) => [table.name, table]));
  return expected.flatMap((table) => {
    const actual = byName.get(table.name);
    if (!actual) return [`${table.name}: missing`];
    if (actual.rows !== table.rows)
      return [`${table.name}: ${actual.rows} rows where ${table.rows} were written`];
    if (actual.sha256 !== table.sha256) return [`${table.name}: rows differ (digest)`];
    return [];
  });
}

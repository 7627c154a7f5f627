/**
 * Per-table row counts and SHA-256 digests, fed one row at a time in primary-key order, as
 * dexie-export-import hands rows to its `filter` both when it exports and when it reads a
 * file back. Web Crypto's digest is one-shot, so a table's rows are hashed in runs of
 * `ROWS_PER_RUN` (each run's rows spelled one a line) and the table's digest is the
 * SHA-256 of its runs' digests in order: the same rows in the same order give the same
 * digest whichever side read them, and no side holds a whole table's text at once.
 *
 * A row's spelling is the manifest's `formatVersion`'s. Version 2 spells it with
 * `JSON.stringify`, native and several times faster than version 1's canonical JSON (keys
 * sorted, in script): a stored row and the same row read back from the file have their
 * keys in the same order (structured clone, `JSON.stringify` and `JSON.parse` all keep
 * it), which the round-trip property test checks. Version 1 files are still verified as
 * they were written.
 */
import type { BackupManifest, BackupTableSummary } from '../../../preload/api';
import { canonicalJson } from './canonical-json';
import { mayBeEscaped, unescapeKeys } from './escape-keys';

export const ROWS_PER_RUN = 1000;
/** The spelling new backups are written with. */
export const DIGEST_FORMAT_VERSION = 2;

interface TableState {
  rows: number;
  run: string[];
  runDigests: Promise<ArrayBuffer>[];
}

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

const SPELLINGS: Record<BackupManifest['formatVersion'], (row: unknown) => string> = {
  1: canonicalJson,
  2: storedJson,
};

/** Collects rows by table; `finish` answers each table's count and digest. */
export class TableDigests {
  private readonly tables = new Map<string, TableState>();
  private readonly spelling: (row: unknown) => string;

  constructor(formatVersion: BackupManifest['formatVersion'] = DIGEST_FORMAT_VERSION) {
    this.spelling = SPELLINGS[formatVersion];
  }

  /** `row` spelled as this digest spells it. */
  spell(row: unknown): string {
    return this.spelling(row);
  }

  /** Adds one row of `table` (synchronous: safe inside a Dexie transaction's callbacks). */
  add(table: string, row: unknown): void {
    this.addSpelled(table, this.spelling(row));
  }

  /** Adds one row of `table` already spelled by `spell`. */
  addSpelled(table: string, spelled: string): void {
    let state = this.tables.get(table);
    if (!state) {
      state = { rows: 0, run: [], runDigests: [] };
      this.tables.set(table, state);
    }
    state.rows++;
    state.run.push(spelled);
    if (state.run.length >= ROWS_PER_RUN) this.closeRun(state);
  }

  private closeRun(state: TableState): void {
    if (state.run.length === 0) return;
    state.runDigests.push(sha256(encoder.encode(`${state.run.join('\n')}\n`)));
    state.run = [];
  }

  /** Count and digest of each of `tableNames`, in that order (a table never fed has 0 rows). */
  async finish(tableNames: readonly string[]): Promise<BackupTableSummary[]> {
    const summaries: BackupTableSummary[] = [];
    for (const name of tableNames) {
      const state = this.tables.get(name) ?? { rows: 0, run: [], runDigests: [] };
      this.closeRun(state);
      const runs = await Promise.all(state.runDigests);
      const joined = new Uint8Array(runs.length * 32);
      runs.forEach((run, i) => joined.set(new Uint8Array(run), i * 32));
      summaries.push({ name, rows: state.rows, sha256: toHex(await sha256(joined)) });
    }
    return summaries;
  }
}

/**
 * Digests a row read back from a backup as it was stored: with the keys the export escaped
 * back (only when its spelling shows it may hold one). Answers the row as stored.
 */
export function addReadRow(digests: TableDigests, table: string, value: unknown): unknown {
  let spelled = digests.spell(value);
  let row = value;
  if (mayBeEscaped(spelled)) {
    row = unescapeKeys(value);
    if (row !== value) spelled = digests.spell(row);
  }
  digests.addSpelled(table, spelled);
  return row;
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

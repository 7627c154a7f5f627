// @vitest-environment jsdom
/**
 * The fast reader hands dexie-export-import's importer exactly the rows the file holds,
 * whatever the pull size: rows cut mid-string, mid-escape or mid-character, quotes and
 * brackets inside strings, empty tables and pretty-printed files.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupJsonStream } from './backup-json-stream';

interface Table {
  tableName: string;
  inbound: boolean;
  rows: unknown[];
}

/** The file as dexie-export-import lays it out, with a manifest after the data. */
function exportText(tables: Table[], pretty = false): string {
  const file = {
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'sourcemark',
      databaseVersion: 7,
      tables: tables.map((t) => ({ name: t.tableName, schema: 'id,[a+b]', rowCount: 1 })),
      data: tables,
    },
    sourcemark: { kind: 'sourcemark-backup', tables: [{ name: 'x]}', rows: 1 }] },
  };
  return JSON.stringify(file, undefined, pretty ? 2 : undefined);
}

type Rows = unknown[] & { incomplete?: boolean };

/** Pulls `text` through the stream `pull` bytes at a time, taking rows as the importer does. */
async function readAll(text: string, pull: number): Promise<Table[]> {
  const stream = backupJsonStream(new Blob([text]));
  const taken = new Map<string, unknown[]>();
  const order: Table[] = [];
  while (!stream.eof()) {
    await stream.pullAsync(pull);
    const tables = (stream.result.data?.data ?? []) as unknown as (Table & { rows: Rows })[];
    for (const table of tables) {
      if (!taken.has(table.tableName)) {
        taken.set(table.tableName, []);
        order.push({ tableName: table.tableName, inbound: table.inbound, rows: [] });
      }
      // The importer takes the rows there are and empties the array it was given.
      taken.get(table.tableName)!.push(...table.rows.splice(0));
    }
  }
  expect(stream.done()).toBe(true);
  return order.map((table) => ({ ...table, rows: taken.get(table.tableName)! }));
}

const awkward = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('},{', '"]', '\\', '\\"', 'ü', '𝄞', '"rows":[', ''),
);
const row = fc.record({
  id: fc.string(),
  note: awkward,
  nested: fc.jsonValue(),
  list: fc.array(awkward, { maxLength: 3 }),
});
const tables = fc.uniqueArray(
  fc.record({
    tableName: fc.constantFrom('articles', 'annotations', 'comments', 'empty'),
    inbound: fc.boolean(),
    rows: fc.array(row, { maxLength: 8 }),
  }),
  { selector: (table) => table.tableName, minLength: 1 },
);

describe('backupJsonStream', () => {
  it('gives every row of every table, in order, whatever the pull size', async () => {
    await fc.assert(
      fc.asyncProperty(
        tables,
        fc.integer({ min: 1, max: 300 }),
        fc.boolean(),
        async (given, pull, pretty) => {
          const text = exportText(given, pretty);
          expect(await readAll(text, pull)).toEqual(JSON.parse(text).data.data);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses a file cut before its end', async () => {
    const text = exportText([{ tableName: 'annotations', inbound: true, rows: [{ id: 'a' }] }]);
    await expect(readAll(text.slice(0, -20), 64)).rejects.toThrow(/ends before/);
  });
});

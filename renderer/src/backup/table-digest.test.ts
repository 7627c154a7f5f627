/**
 * Table digests: files written by earlier format versions still verify as they were written
 * (the digests below were recorded from the code that wrote versions 1 and 2), and version
 * 3's runs end by characters, not rows.
 */
import { describe, expect, it } from 'vitest';
import { RUN_CHARS, TableDigests } from './table-digest';

/** 2,500 rows (three runs in versions 1 and 2): non-ASCII, astral, a lone surrogate, large rows. */
const rows = Array.from({ length: 2500 }, (_, i) => ({
  id: `n${i}`,
  note: i % 7 === 0 ? `ünïcødé ${i} 𝔘 \ud800` : `note ${i}`,
  span: { start: i, end: i + 4 },
  big: i % 500 === 0 ? 'x'.repeat(300_000) : undefined,
}));

async function digestOf(version: 1 | 2 | 3, table: readonly unknown[] = rows) {
  const digests = new TableDigests(version);
  for (const row of table) digests.add('annotations', row);
  return digests.finish(['annotations', 'empty']);
}

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
const sha256 = (bytes: Uint8Array<ArrayBuffer>) => crypto.subtle.digest('SHA-256', bytes);

/** The version 3 digest worked out the slow, obvious way: runs as strings, split by length. */
async function expectedVersion3(table: readonly unknown[]): Promise<string> {
  const runs: string[] = [];
  let run = '';
  for (const row of table) {
    run += `${JSON.stringify(row)}\n`;
    if (run.length >= RUN_CHARS) {
      runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  const digests = await Promise.all(runs.map((text) => sha256(new TextEncoder().encode(text))));
  const joined = new Uint8Array(digests.length * 32);
  digests.forEach((digest, i) => joined.set(new Uint8Array(digest), i * 32));
  return hex(await sha256(joined));
}

describe('table digests', () => {
  it('of versions 1 and 2 are what those versions wrote', async () => {
    expect(await digestOf(1)).toEqual([
      {
        name: 'annotations',
        rows: 2500,
        sha256: '36c4ec94d52f08dbed06d44b7ac7ef191fe713f9e8b4b43610cfac00a2d32b86',
      },
      { name: 'empty', rows: 0, sha256: EMPTY_SHA256 },
    ]);
    expect(await digestOf(2)).toEqual([
      {
        name: 'annotations',
        rows: 2500,
        sha256: '315189835aaff0a0ce3dcc25fd84b23c854a519fbe42827f516aed25b0bef5c0',
      },
      { name: 'empty', rows: 0, sha256: EMPTY_SHA256 },
    ]);
  });

  it('of version 3 end a run by its characters, whatever its rows', async () => {
    const [annotations] = await digestOf(3);
    expect(annotations).toEqual({
      name: 'annotations',
      rows: 2500,
      sha256: await expectedVersion3(rows),
    });
    expect(annotations!.sha256).not.toBe((await digestOf(2))[0]!.sha256);
    // Rows far larger than a run: each ends its own run.
    const huge = [{ text: 'a'.repeat(RUN_CHARS * 2) }, { text: 'é'.repeat(RUN_CHARS + 3) }, {}];
    expect((await digestOf(3, huge))[0]!.sha256).toBe(await expectedVersion3(huge));
  });

  it('tell one row changed, or two rows swapped', async () => {
    const [original] = await digestOf(3);
    const changed = rows.map((row, i) => (i === 1234 ? { ...row, note: 'other' } : row));
    const swapped = [rows[1], rows[0], ...rows.slice(2)];
    expect((await digestOf(3, changed))[0]!.sha256).not.toBe(original!.sha256);
    expect((await digestOf(3, swapped))[0]!.sha256).not.toBe(original!.sha256);
  });
});

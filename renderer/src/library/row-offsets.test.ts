import { describe, expect, it } from 'vitest';
import { RowHeights } from './row-heights';
import { KeptRowOffsets } from './row-offsets';
import { rowOffsets } from './row-window';

type Row = { key: string };
const rowsOf = (count: number, from = 0): Row[] =>
  Array.from({ length: count }, (_, i) => ({ key: `r${from + i}` }));
const keyOf = (row: Row) => row.key;
/** What a full pass answers: every row looked up. */
const fullPass = (rows: readonly Row[], heights: RowHeights) =>
  rowOffsets(rows.length, (i) => heights.heightOf(rows[i]!.key, 40));
/** The first index where `offsets` differs from a full pass's, or -1 (quicker than toEqual). */
function differsAt(offsets: Float64Array, rows: readonly Row[], heights: RowHeights): number {
  const expected = fullPass(rows, heights);
  if (offsets.length !== expected.length) return offsets.length;
  return expected.findIndex((offset, i) => offsets[i] !== offset);
}

describe('KeptRowOffsets', () => {
  it('works out only the added rows of a list growing by batches, with a full pass’s numbers', () => {
    const heights = new RowHeights();
    heights.record('r3', 97);
    heights.record('r700', 13);
    const kept = new KeptRowOffsets<Row>();
    let looked = 0;
    const counted = (row: Row) => {
      looked++;
      return row.key;
    };
    let rows: Row[] = [];
    for (let batch = 0; batch < 20; batch++) {
      rows = [...rows, ...rowsOf(500, rows.length)];
      const offsets = kept.of(rows, counted, heights, 40);
      expect(differsAt(offsets, rows, heights)).toBe(-1);
    }
    // Each of the 10,000 rows looked up once, not once per batch it was on screen through.
    expect(looked).toBe(10_000);
  });

  it('follows the rows measured while a list streams in, with a full pass’s numbers', () => {
    // A search's results: rows on screen are measured as each batch arrives, each
    // measurement changing the average every unmeasured row counts as.
    const heights = new RowHeights();
    const kept = new KeptRowOffsets<Row>();
    let looked = 0;
    const counted = (row: Row) => {
      looked++;
      return row.key;
    };
    let rows: Row[] = [];
    for (let batch = 0; batch < 90; batch++) {
      rows = [...rows, ...rowsOf(500, rows.length)];
      expect(differsAt(kept.of(rows, counted, heights, 40), rows, heights)).toBe(-1);
      heights.record(`r${batch * 7}`, 30 + (batch % 5) * 17);
      heights.record(`r${rows.length - 1}`, 55);
      expect(differsAt(kept.of(rows, counted, heights, 40), rows, heights)).toBe(-1);
    }
    // A row's key is read when it arrives; a measurement costs no row's key again.
    expect(looked).toBe(45_000);
  });

  it('copies a growing list’s offsets only when their room runs out, never changing an earlier answer', () => {
    const heights = new RowHeights();
    const kept = new KeptRowOffsets<Row>();
    let rows: Row[] = [];
    const buffers = new Set<ArrayBufferLike>();
    const answers: Float64Array[] = [];
    // A search's 45,000 rows in batches of 500.
    for (let batch = 0; batch < 90; batch++) {
      rows = [...rows, ...rowsOf(500, rows.length)];
      const offsets = kept.of(rows, keyOf, heights, 40);
      expect(offsets).toHaveLength(rows.length + 1);
      buffers.add(offsets.buffer);
      answers.push(offsets);
    }
    expect(buffers.size).toBeLessThanOrEqual(8);
    expect(answers[0]![500]).toBe(20_000);
    expect(answers[0]).toHaveLength(501);
    expect(answers[89]![45_000]).toBe(1_800_000);
    heights.record('r10', 100);
    const measured = kept.of(rows, keyOf, heights, 40);
    expect(measured[45_000]).toBe(4_500_000);
    expect(answers[89]![45_000]).toBe(1_800_000);
  });

  it('starts again when a height changed or the rows are not the old ones plus more', () => {
    const heights = new RowHeights();
    const kept = new KeptRowOffsets<Row>();
    const rows = rowsOf(100);
    expect(kept.of(rows, keyOf, heights, 40)[100]).toBe(4_000);
    heights.record('r0', 100);
    // Measured 100, and every row not yet measured now counts as the average (100).
    expect(kept.of(rows, keyOf, heights, 40)[100]).toBe(10_000);
    const sorted = [...rows].reverse();
    heights.record('r99', 20);
    const again = kept.of(sorted, keyOf, heights, 40);
    expect(again[1]).toBe(20);
    const fewer = sorted.slice(0, 10);
    expect(kept.of(fewer, keyOf, heights, 40)).toHaveLength(11);
  });

  it('gives a full pass’s numbers when rows share a key', () => {
    const heights = new RowHeights();
    const kept = new KeptRowOffsets<Row>();
    const rows = [...rowsOf(3), { key: 'r1' }, ...rowsOf(3, 3)];
    expect(differsAt(kept.of(rows, keyOf, heights, 40), rows, heights)).toBe(-1);
    heights.record('r1', 90);
    expect(differsAt(kept.of(rows, keyOf, heights, 40), rows, heights)).toBe(-1);
  });
});

import { describe, expect, it } from 'vitest';
import { RowHeights } from './row-heights';
import { KeptRowOffsets } from './row-offsets';
import { rowOffsets } from './row-window';

const rowsOf = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => ({ key: `r${from + i}` }));

describe('KeptRowOffsets', () => {
  it('works out only the added rows of a list growing by batches, with a full pass’s numbers', () => {
    const heights = new RowHeights();
    heights.record('r3', 97);
    heights.record('r700', 13);
    const kept = new KeptRowOffsets<{ key: string }>();
    let looked = 0;
    let rows: { key: string }[] = [];
    for (let batch = 0; batch < 20; batch++) {
      rows = [...rows, ...rowsOf(500, rows.length)];
      const current = rows;
      const heightAt = (i: number) => {
        looked++;
        return heights.heightOf(current[i]!.key, 40);
      };
      const offsets = kept.of(current, heightAt, heights.version);
      expect([...offsets]).toEqual([
        ...rowOffsets(current.length, (i) => heights.heightOf(current[i]!.key, 40)),
      ]);
    }
    // Each of the 10,000 rows looked up once, not once per batch it was on screen through.
    expect(looked).toBe(10_000);
  });

  it('copies a growing list’s offsets only when their room runs out, never changing an earlier answer', () => {
    const heights = new RowHeights();
    const kept = new KeptRowOffsets<{ key: string }>();
    const at = (list: { key: string }[]) => (i: number) => heights.heightOf(list[i]!.key, 40);
    let rows: { key: string }[] = [];
    const buffers = new Set<ArrayBufferLike>();
    const answers: Float64Array[] = [];
    // A search's 45,000 rows in batches of 500.
    for (let batch = 0; batch < 90; batch++) {
      rows = [...rows, ...rowsOf(500, rows.length)];
      const offsets = kept.of(rows, at(rows), heights.version);
      expect(offsets).toHaveLength(rows.length + 1);
      buffers.add(offsets.buffer);
      answers.push(offsets);
    }
    expect(buffers.size).toBeLessThanOrEqual(8);
    expect(answers[0]![500]).toBe(20_000);
    expect(answers[0]).toHaveLength(501);
    expect(answers[89]![45_000]).toBe(1_800_000);
  });

  it('starts again when a height changed or the rows are not the old ones plus more', () => {
    const heights = new RowHeights();
    const kept = new KeptRowOffsets<{ key: string }>();
    const rows = rowsOf(100);
    const at = (list: { key: string }[]) => (i: number) => heights.heightOf(list[i]!.key, 40);
    expect(kept.of(rows, at(rows), heights.version)[100]).toBe(4_000);
    heights.record('r0', 100);
    // Measured 100, and every row not yet measured now counts as the average (100).
    expect(kept.of(rows, at(rows), heights.version)[100]).toBe(10_000);
    const sorted = [...rows].reverse();
    heights.record('r99', 20);
    const again = kept.of(sorted, at(sorted), heights.version);
    expect(again[1]).toBe(20);
    const fewer = sorted.slice(0, 10);
    expect(kept.of(fewer, at(fewer), heights.version)).toHaveLength(11);
  });
});

import { describe, expect, it } from 'vitest';
import { RowHeights } from './row-heights';
import { rowAt, rowOffsets, rowWindow, uniformRowWindow } from './row-window';

describe('rowWindow', () => {
  it('renders the rows near the viewport of a 10,000-row list, spacers standing for the rest', () => {
    const offsets = rowOffsets(10_000, (i) => (i % 3 === 0 ? 60 : 40));
    const total = offsets[10_000]!;
    const top = total / 2;
    const shown = rowWindow(offsets, top, 800, 400);
    expect(shown.end - shown.first).toBeLessThan(60);
    // Everything from 400 px above the viewport to 400 px below it is rendered...
    expect(offsets[shown.first]!).toBeLessThanOrEqual(top - 400);
    expect(offsets[shown.end]!).toBeGreaterThanOrEqual(top + 800 + 400);
    // ...and the spacers keep the list its whole height, so the scrollbar is right.
    expect(shown.before + (offsets[shown.end]! - offsets[shown.first]!) + shown.after).toBe(total);
  });

  it('starts at the top and ends at the bottom, and copes with an empty list', () => {
    const offsets = rowOffsets(100, () => 40);
    expect(rowWindow(offsets, 0, 400, 200)).toMatchObject({ first: 0, before: 0 });
    expect(rowWindow(offsets, 3_800, 400, 200)).toMatchObject({ end: 100, after: 0 });
    expect(
      rowWindow(
        rowOffsets(0, () => 40),
        0,
        400,
        200,
      ),
    ).toEqual({
      first: 0,
      end: 0,
      before: 0,
      after: 0,
    });
    expect(rowAt(offsets, 79)).toBe(1);
    expect(rowAt(offsets, 80)).toBe(2);
  });
});

describe('uniformRowWindow', () => {
  it('is the window of rows all one height, worked out from the count alone', () => {
    const count = 51_000;
    const offsets = rowOffsets(count, () => 45);
    for (const top of [0, 10, 44, 45, 800, 1_000_000, 45 * count - 300, 45 * count + 900]) {
      for (const height of [0, 300, 733]) {
        expect(uniformRowWindow(count, 45, top, height, 800)).toEqual(
          rowWindow(offsets, top, height, 800),
        );
      }
    }
    expect(uniformRowWindow(0, 45, 0, 700, 800)).toEqual({ first: 0, end: 0, before: 0, after: 0 });
  });
});

describe('RowHeights', () => {
  it('answers measured heights, and their average for rows not measured yet', () => {
    const heights = new RowHeights();
    expect(heights.heightOf('a', 40)).toBe(40);
    expect(heights.record('a', 30)).toBe(true);
    expect(heights.record('b', 90)).toBe(true);
    expect(heights.record('b', 90)).toBe(false);
    expect(heights.heightOf('a', 40)).toBe(30);
    expect(heights.heightOf('unseen', 40)).toBe(60);
  });
});

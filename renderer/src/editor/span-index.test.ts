import { describe, expect, it } from 'vitest';
import { addSpan, allSpans, indexSpans, LONG_SPAN, removeSpan, spansOver } from './span-index';

const span = (id: string, start: number, end: number) => ({ id, start, end });

/** What a filter over every span answers, in the index's order. */
function overByFilter(spans: ReturnType<typeof span>[], start: number, end: number) {
  return allSpans(indexSpans(spans.filter((s) => s.start < end && s.end > start)));
}

describe('span index', () => {
  it('finds exactly the spans over a range, long ones included, as a filter over all does', () => {
    // A fixed pseudo-random sequence (a linear congruential generator): the same spans each run.
    let state = 7;
    const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const spans = Array.from({ length: 400 }, (_, i) => {
      const start = Math.floor(random() * 10_000);
      const length =
        i % 50 === 0 ? LONG_SPAN + Math.floor(random() * 5_000) : 1 + Math.floor(random() * 40);
      return span(`s${i}`, start, start + length);
    });
    const index = indexSpans(spans);
    for (const [start, end] of [
      [0, 10],
      [2_500, 2_600],
      [9_990, 20_000],
      [4_000, 4_001],
    ] as const) {
      expect(spansOver(index, start, end)).toEqual(overByFilter(spans, start, end));
    }
  });

  it('follows additions and removals, a moved span by its old range', () => {
    const a = span('a', 0, 5);
    const b = span('b', 10, 15);
    const index = indexSpans([b, a]);
    const moved = span('b', 20, 25);
    removeSpan(index, b);
    addSpan(index, moved);
    addSpan(index, span('c', 3, 4));
    expect(allSpans(index).map((s) => s.id)).toEqual(['a', 'c', 'b']);
    expect(spansOver(index, 12, 13)).toEqual([]);
    expect(spansOver(index, 21, 22)).toEqual([moved]);
    removeSpan(index, span('gone', 1, 2));
    expect(allSpans(index)).toHaveLength(3);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphStartOffsets } from '../reader/paragraph-offsets';
import { flattenSpans, splitSegmentsAtParagraphs, type IdSpan } from './segments';

describe('flattenSpans', () => {
  it('returns nothing for no spans and ignores empty or inverted ones', () => {
    expect(flattenSpans([])).toEqual([]);
    expect(
      flattenSpans([
        { id: 'a', start: 3, end: 3 },
        { id: 'b', start: 5, end: 2 },
      ]),
    ).toEqual([]);
  });

  it('splits nested spans, the outer one first', () => {
    const segments = flattenSpans([
      { id: 'inner', start: 2, end: 4 },
      { id: 'outer', start: 0, end: 10 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 2, ids: ['outer'] },
      { start: 2, end: 4, ids: ['outer', 'inner'] },
      { start: 4, end: 10, ids: ['outer'] },
    ]);
  });

  it('keeps each span in the same lane across crossing overlaps and leaves gaps out', () => {
    const segments = flattenSpans([
      { id: 'a', start: 0, end: 6 },
      { id: 'b', start: 4, end: 12 },
      { id: 'c', start: 20, end: 22 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 4, ids: ['a'] },
      { start: 4, end: 6, ids: ['b', 'a'] },
      { start: 6, end: 12, ids: ['b'] },
      { start: 20, end: 22, ids: ['c'] },
    ]);
  });

  it('orders identical spans by input order and handles touching spans', () => {
    expect(
      flattenSpans([
        { id: 'x', start: 0, end: 3 },
        { id: 'y', start: 0, end: 3 },
        { id: 'z', start: 3, end: 5 },
      ]),
    ).toEqual([
      { start: 0, end: 3, ids: ['x', 'y'] },
      { start: 3, end: 5, ids: ['z'] },
    ]);
  });

  it('matches a brute-force coverage on random spans', () => {
    const span = fc
      .tuple(fc.nat(30), fc.integer({ min: 1, max: 10 }))
      .map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), (raw) => {
        const spans: IdSpan<number>[] = raw.map((s, id) => ({ id, ...s }));
        const segments = flattenSpans(spans);
        for (let at = 0; at < 45; at++) {
          const covering = segments.filter((s) => s.start <= at && at < s.end);
          const expected = spans.filter((s) => s.start <= at && at < s.end).map((s) => s.id);
          expect(covering.length).toBe(expected.length > 0 ? 1 : 0);
          expect([...(covering[0]?.ids ?? [])].sort((a, b) => a - b)).toEqual(expected);
        }
        for (let i = 1; i < segments.length; i++) {
          expect(segments[i]!.start).toBeGreaterThanOrEqual(segments[i - 1]!.end);
        }
      }),
    );
  });

  it('flattens 10,000 annotations over 1 MB quickly', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const spans = Array.from({ length: 10_000 }, (_, id) => {
      const start = random(1_000_000);
      return { id, start, end: start + 1 + random(id % 100 === 0 ? 20_000 : 200) };
    });
    const started = performance.now();
    const segments = flattenSpans(spans);
    expect(segments.length).toBeGreaterThan(10_000);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe('splitSegmentsAtParagraphs', () => {
  const text = 'One para.\nTwo para.\nThree.';
  const starts = paragraphStartOffsets(text);

  it('cuts a segment that crosses paragraph breaks and leaves the newlines out', () => {
    const pieces = splitSegmentsAtParagraphs([{ start: 4, end: 23, ids: ['a'] }], starts);
    expect(pieces.map((p) => [p.paragraphIndex, text.slice(p.start, p.end)])).toEqual([
      [0, 'para.'],
      [1, 'Two para.'],
      [2, 'Thr'],
    ]);
  });

  it('keeps a segment inside one paragraph and drops one covering only a newline', () => {
    expect(
      splitSegmentsAtParagraphs(
        [
          { start: 0, end: 3, ids: ['a'] },
          { start: 9, end: 10, ids: ['b'] },
        ],
        starts,
      ),
    ).toEqual([{ start: 0, end: 3, ids: ['a'], paragraphIndex: 0 }]);
  });

  it('handles empty paragraphs between breaks', () => {
    const blank = 'a\n\nb';
    const pieces = splitSegmentsAtParagraphs(
      [{ start: 0, end: 4, ids: [1] }],
      paragraphStartOffsets(blank),
    );
    expect(pieces).toEqual([
      { start: 0, end: 1, ids: [1], paragraphIndex: 0 },
      { start: 3, end: 4, ids: [1], paragraphIndex: 2 },
    ]);
  });
});

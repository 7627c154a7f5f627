import { describe, expect, it } from 'vitest';
import { takeSpanChanges, type ColouredSpan } from './span-changes';

const span = (id: string, start: number, end: number, colour = '#111111'): ColouredSpan => ({
  id,
  start,
  end,
  colour,
});

const shownOf = (spans: ColouredSpan[]) => new Map(spans.map((s) => [s.id, s]));

describe('takeSpanChanges', () => {
  it('passes over unchanged spans, also equal copies, and keeps the copies', () => {
    const a = span('a', 0, 4);
    const shown = shownOf([a, span('b', 5, 9)]);
    const copy = span('b', 5, 9);
    expect(takeSpanChanges(shown, [a, copy])).toEqual([]);
    expect(shown.get('b')).toBe(copy);
  });

  it('answers the range of an added span, both ranges of a moved one, the colour change', () => {
    const shown = shownOf([span('a', 0, 4), span('b', 5, 9)]);
    const changed = takeSpanChanges(shown, [
      span('a', 0, 4, '#222222'),
      span('b', 6, 9),
      span('c', 20, 24),
    ]);
    expect(changed.map((r) => [r.start, r.end])).toEqual([
      [0, 4],
      [0, 4],
      [6, 9],
      [5, 9],
      [20, 24],
    ]);
    expect([...shown.keys()]).toEqual(['a', 'b', 'c']);
  });

  it('answers the range of a removed span and forgets it', () => {
    const a = span('a', 0, 4);
    const shown = shownOf([a, span('b', 5, 9)]);
    expect(takeSpanChanges(shown, [a]).map((r) => [r.start, r.end])).toEqual([[5, 9]]);
    expect([...shown.keys()]).toEqual(['a']);
  });
});

import { describe, expect, it } from 'vitest';
import { noteListChange, listChangeBetween } from '../store/list-changes';
import { changedRanges, takeSpanChanges, type ColouredSpan } from './span-changes';

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
    expect(takeSpanChanges(shown, [a, copy])).toEqual({ removed: [], added: [] });
    expect(shown.get('b')).toBe(copy);
  });

  it('answers the range of an added span, both ranges of a moved one, the colour change', () => {
    const shown = shownOf([span('a', 0, 4), span('b', 5, 9)]);
    const changed = changedRanges(
      takeSpanChanges(shown, [span('a', 0, 4, '#222222'), span('b', 6, 9), span('c', 20, 24)]),
    );
    expect(changed.map((r) => [r.start, r.end])).toEqual([
      [0, 4],
      [6, 9],
      [20, 24],
      [0, 4],
      [5, 9],
    ]);
    expect([...shown.keys()]).toEqual(['a', 'b', 'c']);
  });

  it('answers the range of a removed span and forgets it', () => {
    const a = span('a', 0, 4);
    const shown = shownOf([a, span('b', 5, 9)]);
    expect(changedRanges(takeSpanChanges(shown, [a])).map((r) => [r.start, r.end])).toEqual([
      [5, 9],
    ]);
    expect([...shown.keys()]).toEqual(['a']);
  });

  it('looks only at the spans a change note names, and finds the same changes', () => {
    const a = span('a', 0, 4);
    const b = span('b', 5, 9);
    const before = [a, b];
    const movedB = span('b', 6, 9);
    const c = span('c', 20, 24);
    const after = [a, movedB, c];
    noteListChange(before, after, [b], [movedB, c]);
    const shown = shownOf(before);
    const changes = takeSpanChanges(shown, after, listChangeBetween(before, after));
    expect(changes).toEqual({ removed: [b], added: [movedB, c] });
    expect([...shown.values()]).toEqual([a, movedB, c]);

    const gone = [a, c];
    noteListChange(after, gone, [movedB], []);
    expect(takeSpanChanges(shown, gone, listChangeBetween(after, gone))).toEqual({
      removed: [movedB],
      added: [],
    });
    expect([...shown.keys()]).toEqual(['a', 'c']);
  });
});

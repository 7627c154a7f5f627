import { describe, expect, it } from 'vitest';
import { listChangeBetween, noteListChange } from './list-changes';

const a = { id: 'a' };
const b = { id: 'b' };
const c = { id: 'c' };

describe('list change notes', () => {
  it('answers the change noted between two versions', () => {
    const v1 = [a, b];
    const v2 = [a, c];
    noteListChange(v1, v2, [b], [c]);
    expect(listChangeBetween(v1, v2)).toEqual({ removed: [b], added: [c] });
    expect(listChangeBetween(v2, v2)).toEqual({ removed: [], added: [] });
  });

  it('composes the notes of versions a view skipped, cancelling what came and went', () => {
    const v1 = [a];
    const v2 = [a, b];
    const v3 = [b];
    const v4 = [c];
    noteListChange(v1, v2, [], [b]);
    noteListChange(v2, v3, [a], []);
    noteListChange(v3, v4, [b], [c]);
    expect(listChangeBetween(v1, v4)).toEqual({ removed: [a], added: [c] });
    expect(listChangeBetween(v2, v3)).toEqual({ removed: [a], added: [] });
  });

  it('answers null when no notes lead from one list to the other', () => {
    const v1 = [a];
    const v2 = [b];
    const unrelated = [c];
    noteListChange(v1, v2, [a], [b]);
    expect(listChangeBetween(v2, v1)).toBeNull();
    expect(listChangeBetween(unrelated, v2)).toBeNull();
    expect(listChangeBetween([a], [a])).toBeNull();
  });

  it('forgets old notes: a view far behind compares the lists itself', () => {
    const first = [a];
    let previous = first;
    for (let index = 0; index < 300; index++) {
      const next = [a, { id: `n${index}` }];
      noteListChange(previous, next, [], [next[1]!]);
      previous = next;
    }
    expect(listChangeBetween(first, previous)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { noteListChange } from '../store/list-changes';
import { createRowLookup } from './row-lookup';

describe('createRowLookup', () => {
  it('answers what a search would, following notes of what changed', () => {
    const lookup = createRowLookup<{ id: string; note?: string }>();
    const a = { id: 'a' };
    const b = { id: 'b' };
    const v1 = [a, b];
    expect(lookup(v1, 'b')).toBe(b);

    const edited = { id: 'b', note: 'vu' };
    const v2 = [a, edited];
    noteListChange(v1, v2, [b], [edited]);
    expect(lookup(v2, 'b')).toBe(edited);

    const c = { id: 'c' };
    const v3 = [a, edited, c];
    noteListChange(v2, v3, [], [c]);
    expect(lookup(v3, 'b')).toBe(edited);

    const v4 = [a, c];
    noteListChange(v3, v4, [edited], []);
    expect(lookup(v4, 'b')).toBeUndefined();
    // Without a note, or for another id, it searches.
    expect(lookup([a, { id: 'b' }], 'b')).toEqual({ id: 'b' });
    expect(lookup(v4, 'c')).toBe(c);
    expect(lookup(v4, null)).toBeUndefined();
  });
});

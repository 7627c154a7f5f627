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

/** `count` rows whose `id` reads are counted in `reads.count`. */
function countedRows(count: number, reads: { count: number }) {
  return Array.from({ length: count }, (_, index) => countedRow(`row-${index}`, reads));
}

function countedRow(id: string, reads: { count: number }) {
  const row = {} as { id: string };
  Object.defineProperty(row, 'id', {
    get: () => {
      reads.count++;
      return id;
    },
  });
  return row;
}

describe('createRowLookup on a long list', () => {
  it('finds the row just added (the focus after a tag) without reading the other rows', () => {
    const readsFor = (size: number) => {
      const reads = { count: 0 };
      const lookup = createRowLookup<{ id: string }>();
      const before = countedRows(size, reads);
      expect(lookup(before, 'row-3')).toBe(before[3]);
      // An addition: the new row in its place, noted by the list's producer.
      const added = countedRow('new', reads);
      const after = before.toSpliced(size >> 1, 0, added);
      noteListChange(before, after, [], [added]);
      reads.count = 0;
      // The focus stays on row 3 while the mark is drawn, then moves to the new row.
      expect(lookup(after, 'row-3')).toBe(before[3]);
      expect(lookup(after, 'new')).toBe(added);
      return reads.count;
    };
    const few = readsFor(100);
    const many = readsFor(20_000);
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(2);
  });
});

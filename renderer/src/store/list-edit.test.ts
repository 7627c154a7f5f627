import { describe, expect, it } from 'vitest';
import { ListEdit } from './list-edit';

describe('ListEdit', () => {
  it('edits a copy and leaves the source list as it was', () => {
    const source = ['a', 'b', 'c'];
    const edit = new ListEdit(source);
    expect(edit.rows).toBe(source);
    expect(edit.isChanged).toBe(false);
    expect(edit.remove(1)).toBe('b');
    edit.insert(0, 'z');
    edit.insert(3, 'y');
    expect(edit.rows).toEqual(['z', 'a', 'c', 'y']);
    expect(edit.isChanged).toBe(true);
    expect(source).toEqual(['a', 'b', 'c']);
  });
});

import { describe, expect, it } from 'vitest';
import { HEAD_ROWS, KEPT_SEARCHES, ResultKeeper } from './result-keeper';
import type { ResultRow } from './search-protocol';

const row = (i: number) =>
  ({ articleId: `a${i >> 2}`, start: i, end: i + 3, match: 'x' }) as ResultRow;
const rows = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => row(from + i));

describe('ResultKeeper', () => {
  it('keeps the rows, sends their count, and the head only while it fills', () => {
    const keeper = new ResultKeeper();
    keeper.begin(1);
    expect(keeper.take({ kind: 'rows', id: 1, rows: rows(0, 30) })).toEqual({
      kind: 'found',
      id: 1,
      count: 30,
      head: rows(0, 30),
    });
    expect(keeper.take({ kind: 'rows', id: 1, rows: rows(30, 500) })).toEqual({
      kind: 'found',
      id: 1,
      count: 530,
      head: rows(0, HEAD_ROWS),
    });
    expect(keeper.take({ kind: 'rows', id: 1, rows: rows(530, 500) })).toEqual({
      kind: 'found',
      id: 1,
      count: 1_030,
    });
    // Other messages pass as they are; rows of a search not begun (released) are dropped.
    const done = { kind: 'invalid', id: 2, error: 'no' } as const;
    expect(keeper.take(done)).toBe(done);
    expect(keeper.take({ kind: 'rows', id: 2, rows: rows(0, 5) })).toBeNull();
    expect(keeper.answer({ kind: 'rows', ask: 9, id: 1, from: 1_000, to: 1_040 })).toEqual({
      kind: 'rows',
      ask: 9,
      from: 1_000,
      rows: rows(1_000, 30),
    });
  });

  it('answers gone for released searches and for the oldest past its limit', () => {
    const keeper = new ResultKeeper();
    for (let id = 1; id <= KEPT_SEARCHES + 1; id++) keeper.begin(id);
    expect(keeper.size).toBe(KEPT_SEARCHES);
    expect(keeper.answer({ kind: 'articles', ask: 1, id: 1 }).kind).toBe('gone');
    expect(keeper.answer({ kind: 'articles', ask: 2, id: 2 }).kind).toBe('articles');
    keeper.release(2);
    expect(keeper.answer({ kind: 'articles', ask: 3, id: 2 })).toMatchObject({
      kind: 'gone',
      ask: 3,
    });
  });
});

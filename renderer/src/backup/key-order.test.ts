/**
 * The key order the restore in place merges and checks rows by (`key-order.ts`) is
 * IndexedDB's, for the keys it meets: string ids of every form, and the other keys a table
 * may hold (numbers, dates, arrays), mixed.
 */
import 'fake-indexeddb/auto';
import { cmp, type IndexableType } from 'dexie';
import { describe, expect, it } from 'vitest';
import { compareKeys, keyName } from './key-order';
import { inKeyOrder, PackedRowCursor, spelledInKeyOrder } from './row-packs';
import type { Annotation } from '../annotation/types';

/** Strings whose code-unit order differs from locale and code-point order, and other keys. */
const KEYS: IndexableType[] = [
  '',
  'a',
  'B',
  'b',
  'ab',
  'a\u0000',
  '\u0000',
  '\u0000[1]',
  '\u0000"x"',
  'é',
  'e\u0301',
  '\uD83D\uDE00',
  '\uFFFF',
  '\uE000',
  'art-10',
  'art-9',
  '1',
  '[1]',
  1,
  -0.5,
  10,
  new Date(0),
  [1],
  ['a', 'b'],
  ['a', 1],
  [],
];

const sign = (n: number) => Math.sign(n) || 0;

describe('compareKeys', () => {
  it('orders every pair of keys as IndexedDB does', () => {
    for (const a of KEYS)
      for (const b of KEYS) {
        expect(sign(compareKeys(a, b)), `${String(a)} / ${String(b)}`).toBe(
          sign(indexedDB.cmp(a, b)),
        );
        expect(sign(compareKeys(a, b))).toBe(sign(cmp(a, b)));
      }
  });

  it('sorts keys of mixed forms into IndexedDB’s order', () => {
    const shuffled = [...KEYS].reverse();
    expect(shuffled.sort(compareKeys)).toEqual([...KEYS].sort((a, b) => indexedDB.cmp(a, b)));
  });
});

describe('keyName', () => {
  it('names each key apart from every other (and a string as itself)', () => {
    const names = KEYS.map(keyName);
    expect(new Set(names).size).toBe(KEYS.length);
    expect(keyName('art-1')).toBe('art-1');
  });
});

describe('the merges of packed rows in key order', () => {
  const row = (id: IndexableType) => ({ id }) as unknown as Annotation;
  const ids = [...KEYS].sort((a, b) => indexedDB.cmp(a, b));
  // Every other key stored as a row, the rest packed.
  const rows = ids.filter((_, i) => i % 2 === 0).map(row);
  const packed = ids.filter((_, i) => i % 2 === 1).map(row);

  it('interleave the stored rows and the packed ones in IndexedDB’s order', () => {
    expect(inKeyOrder(rows, packed).map((r) => (r as Annotation).id)).toEqual(ids);
    const spelled = spelledInKeyOrder(
      { rows, spelled: rows.map((r) => keyName(r.id)) },
      { rows: packed, spelled: packed.map((r) => keyName(r.id)) },
    );
    expect(spelled.spelled).toEqual(ids.map(keyName));
  });

  it('hand out the packed rows up to each key', () => {
    const cursor = new PackedRowCursor(packed);
    const handed = rows.map((r) => cursor.upTo(r.id).map((p) => p.id));
    expect([...handed.flat(), ...cursor.upTo(undefined).map((p) => p.id)]).toEqual(
      packed.map((p) => p.id),
    );
    handed.forEach((part, i) =>
      part.forEach((id) => expect(indexedDB.cmp(id, rows[i]!.id)).toBeLessThan(0)),
    );
  });
});

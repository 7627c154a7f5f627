/**
 * IndexedDB's order of keys, and names for keys in maps, without a call per key where the
 * keys are strings (every id the app makes). Why: a restore in place checks the order of
 * every row's key in the file and merges ~100,000 packed annotation rows with the stored
 * rows in key order; `indexedDB.cmp` (a call into the browser per pair) and Dexie's `cmp`
 * were ~0.2 s of a restore's script, and naming each key by `JSON.stringify` for the maps
 * that match the file's rows with the stored ones ~0.15 s more (the restore bench's profile).
 * Two strings are ordered by their UTF-16 code units both by IndexedDB and by `<`
 * (IndexedDB 3.0, "compare two keys"), so only other keys go to Dexie's `cmp`.
 */
import { cmp, type IndexableType } from 'dexie';

/** IndexedDB's order of `a` and `b`: negative, 0 or positive. */
export function compareKeys(a: IndexableType, b: IndexableType): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return cmp(a, b);
}

/**
 * A name for `key` in maps and sets, one per key: the string itself, or (any other key, and
 * a string that starts with U+0000) U+0000 and its JSON, which no other key's name can be.
 */
export function keyName(key: IndexableType): string {
  return typeof key === 'string' && !key.startsWith('\u0000')
    ? key
    : `\u0000${JSON.stringify(key)}`;
}

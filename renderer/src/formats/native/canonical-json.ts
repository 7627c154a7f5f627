/**
 * Deterministic JSON: object keys sorted by code unit, `undefined` members dropped, so
 * the same value always serialises to the same bytes (export → import → export is
 * byte-identical).
 */

/** Returns a copy of `value` whose objects have their keys in sorted order. */
export function canonicalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalize);
  if (value !== null && typeof value === 'object') {
    // A plain object filled key by key: V8 keeps it in fast mode, where a prototype-less
    // one (`Object.create(null)`) starts as a dictionary, twice as slow to build and to
    // stringify (a native export canonicalizes 207,000 annotations: the export bench).
    const out: Record<string, unknown> = {};
    const keys = Object.keys(value);
    if (!isSorted(keys)) keys.sort();
    for (const key of keys) {
      const member = (value as Record<string, unknown>)[key];
      if (member === undefined) continue;
      // A key read from a file (an attribute named `__proto__`) stays a key, never a prototype.
      if (key === '__proto__') defineMember(out, key, canonicalize(member));
      else out[key] = canonicalize(member);
    }
    return out;
  }
  return value;
}

function isSorted(keys: readonly string[]): boolean {
  for (let n = 1; n < keys.length; n++) if (keys[n - 1]! > keys[n]!) return false;
  return true;
}

function defineMember(out: object, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Sorts items by their `id` (code-unit order), leaving the input untouched. */
export function sortById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Deterministic JSON: object keys sorted by code unit, `undefined` members dropped, so
 * the same value always serialises to the same bytes (export → import → export is
 * byte-identical).
 */

/** Returns a copy of `value` whose objects have their keys in sorted order. */
export function canonicalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalize);
  if (value !== null && typeof value === 'object') {
    // No prototype: a key read from a file (an attribute named `__proto__`) stays a key.
    const out = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) out[key] = canonicalize(member);
    }
    return out;
  }
  return value;
}

/** Sorts items by their `id` (code-unit order), leaving the input untouched. */
export function sortById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

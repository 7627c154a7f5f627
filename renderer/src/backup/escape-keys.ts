/**
 * Object keys dexie-export-import cannot carry, escaped on the way out and back on the way
 * in. Its streaming reader marks half-read objects with an `incomplete` member and deletes
 * that member when done, so a stored `incomplete` key vanished; and typeson's type paths
 * cannot name a member under an empty key, so `{"": []}` failed to import (both found by
 * the round-trip property test). Such keys, and keys that already look escaped, get one
 * more leading `~`; reading removes one. Rows without such keys are passed through as the
 * same objects, so the cost is a walk, not a copy.
 */
const NEEDS_ESCAPE = /^~*(?:incomplete)?$/;
const ESCAPED = /^~+(?:incomplete)?$/;

function mapKeys(value: unknown, rename: (key: string) => string | undefined): unknown {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, i) => {
      const mapped = mapKeys(item, rename);
      if (mapped !== item) (copy ??= [...value])[i] = mapped;
    });
    return copy ?? value;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const record = value as Record<string, unknown>;
  let isChanged = false;
  // A new object built from the old one's entries, in their order (a canonical spelling is
  // unaffected either way): renaming in place let `''` → `~` overwrite a `~` member still
  // to be renamed to `~~`.
  const entries = Object.keys(record).map((key): [string, unknown] => {
    const mapped = mapKeys(record[key], rename);
    const renamed = rename(key);
    if (renamed !== undefined || mapped !== record[key]) isChanged = true;
    return [renamed ?? key, mapped];
  });
  return isChanged ? Object.fromEntries(entries) : value;
}

/**
 * Whether a row spelled `json` (`JSON.stringify` or the canonical spelling, which quote keys
 * alike) may hold a key `escapeKeys` renames: an empty key, `incomplete`, or one starting
 * with `~`. False means certainly not, so the walk can be skipped; a string value that looks
 * like such a key only costs the walk.
 */
export function mayNeedEscape(json: string): boolean {
  return /"":|"incomplete":|"~/.test(json);
}

/** Whether a row spelled `json` may hold a key `unescapeKeys` renames (one starting with `~`). */
export function mayBeEscaped(json: string): boolean {
  return json.includes('"~');
}

/** `row` with every key the export cannot carry escaped. */
export function escapeKeys<T>(row: T): T {
  return mapKeys(row, (key) => (NEEDS_ESCAPE.test(key) ? `~${key}` : undefined)) as T;
}

/** `row` as it was before `escapeKeys`. */
export function unescapeKeys<T>(row: T): T {
  return mapKeys(row, (key) => (ESCAPED.test(key) ? key.slice(1) : undefined)) as T;
}

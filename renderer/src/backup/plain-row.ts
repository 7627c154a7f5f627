/**
 * One row as dexie-export-import's file holds it, spelled without typeson when the row is
 * plain JSON (strings, finite numbers, booleans, null, plain objects and dense arrays: all
 * the app stores). The digest already spells each row with `JSON.stringify`; for such a row
 * that spelling is what the library writes after typeson, but for the members typeson marks
 * (`undefined`, written as 0, and every array) in a `$types` member, added here as it adds
 * them. Used by the plain export and by the snapshot a restore takes of the rows it reads.
 */
import { escapeKeys, mayNeedEscape } from './escape-keys';

/**
 * Whether typeson leaves `value` as it is but for the members it marks (`spellAsLibrary`),
 * so `JSON.stringify` spells the rest as it would.
 */
export function isPlainJson(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      // NaN and the infinities are typed by typeson; JSON would write null.
      return Number.isFinite(value);
    case 'object':
      break;
    default:
      // bigint, functions, symbols; `undefined` is only taken as a member, below.
      return false;
  }
  if (value === null) return true;
  if (Array.isArray(value)) {
    // A hole or a key that is not an index is typed.
    if (Object.keys(value).length !== value.length) return false;
    for (let i = 0; i < value.length; i++)
      if (!(i in value) || !isPlainMember(value[i])) return false;
    return true;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!isPlainMember(record[key])) return false;
  return true;
}

const isPlainMember = (value: unknown) => value === undefined || isPlainJson(value);

/** Typeson's name for a member's place: keys joined by dots, `~` and `.` escaped. */
const pathPart = (key: string) =>
  key.includes('~') || key.includes('.') ? key.replace(/~/g, '~0').replace(/\./g, '~1') : key;

const pathTo = (path: string, key: string) =>
  path === '' ? pathPart(key) : `${path}.${pathPart(key)}`;

interface Marks {
  /** Typeson's `$types`: each marked member's path and its type, in the order it walks. */
  types: [string, string][];
  hasUndefined: boolean;
}

/**
 * The members typeson marks in `value`, depth first in key order as it walks: `undefined`
 * (`undef`, written as 0) and every array (`arrayNonindexKeys`, which it marks whatever
 * the array holds, and revives as the array itself).
 */
function marksOf(value: object, path: string, marks: Marks): Marks {
  for (const key of Object.keys(value)) {
    const member = (value as Record<string, unknown>)[key];
    // A member's path is spelled only where it may be marked: building one for every
    // string and number of every row was most of this walk's time (a backup's profile).
    if (member === undefined) {
      marks.types.push([pathTo(path, key), 'undef']);
      marks.hasUndefined = true;
    } else if (typeof member === 'object' && member !== null) {
      const at = pathTo(path, key);
      if (Array.isArray(member)) marks.types.push([at, 'arrayNonindexKeys']);
      marksOf(member, at, marks);
    }
  }
  return marks;
}

/**
 * `row` (a plain object, spelled `spelled` by `JSON.stringify`) as typeson and the library
 * write it: `undefined` members as 0, and the marked members' paths in a `$types` member
 * added last.
 */
function spellAsLibrary(row: object, spelled: string): string {
  const marks = marksOf(row, '', { types: [], hasUndefined: false });
  if (marks.types.length === 0) return spelled;
  const json = marks.hasUndefined
    ? JSON.stringify(row, (_key, member: unknown) => (member === undefined ? 0 : member))
    : spelled;
  return `${json.slice(0, -1)},"$types":${JSON.stringify(Object.fromEntries(marks.types))}}`;
}

/** A row typeson would have to mark: the file must be written through the library. */
export class NotPlain extends Error {}

/**
 * `row` as the file holds it, given its digest spelling `spelled` (`JSON.stringify`);
 * throws `NotPlain` when only the library can write it.
 */
export function rowForFile(row: unknown, spelled: string): string {
  if (
    typeof row !== 'object' ||
    row === null ||
    !isPlainJson(row) ||
    (row as { $types?: unknown }).$types !== undefined
  )
    throw new NotPlain();
  // Keys the library cannot carry are escaped (`escape-keys.ts`), as it does.
  if (!mayNeedEscape(spelled)) return spellAsLibrary(row, spelled);
  const escaped = escapeKeys(row);
  return spellAsLibrary(escaped, JSON.stringify(escaped));
}

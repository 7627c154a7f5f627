/**
 * A row read from a backup file, revived as dexie-export-import's reader would, for the
 * marks the app's own rows carry; any other mark means the file must go through the
 * library's importer.
 */
/** A file holding a row typeson marked: read through the importer instead. */
export class TypedRowFound extends Error {}

const unescapePart = (part: string) => part.replace(/~1/g, '.').replace(/~0/g, '~');

/**
 * `row` as the library's reviver gives it back, when typeson marked only `undefined`
 * members (written as 0) and arrays (revived as they are), as it marks every row the app
 * stores (`plain-export.ts`); a row with any other mark throws `TypedRowFound`.
 */
export function revived(row: unknown): unknown {
  if (typeof row !== 'object' || row === null) return row;
  const record = row as Record<string, unknown>;
  const types = record.$types;
  if (types === undefined) return row;
  if (typeof types !== 'object' || types === null) throw new TypedRowFound();
  for (const [path, type] of Object.entries(types)) {
    const parts = path.split('.').map(unescapePart);
    let parent: unknown = record;
    for (const part of parts.slice(0, -1)) parent = (parent as Record<string, unknown>)[part];
    if (typeof parent !== 'object' || parent === null) throw new TypedRowFound();
    const key = parts[parts.length - 1]!;
    const member = (parent as Record<string, unknown>)[key];
    if (type === 'undef') (parent as Record<string, unknown>)[key] = undefined;
    // An array with keys that are not indexes is written as an object: the importer's.
    else if (type !== 'arrayNonindexKeys' || !Array.isArray(member)) throw new TypedRowFound();
  }
  delete record.$types;
  return row;
}

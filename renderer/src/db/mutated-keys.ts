/**
 * The primary keys a write touched, read from Dexie's `storagemutated` event (which also
 * carries other windows' writes). A feed that follows a table re-reads only these rows
 * instead of the whole table. Dexie lists the keys of deletes and of adds and puts of fewer
 * than 50 rows; a larger bulk write, a range delete or a cleared table comes as a range,
 * answered here as `'all'`: read everything again.
 */
import type { IntervalTree, ObservabilitySet } from 'dexie';
import { db } from './db';

/** The keys one or more writes touched, or `'all'` when one named a range rather than keys. */
export type TouchedKeys = Set<string> | 'all';

/** The `storagemutated` part naming the primary keys of `table`. */
export function primaryKeyPart(table: string): string {
  return `idb://${db.name}/${table}/`;
}

/** Adds the primary keys in `tree` to `into`; false when it holds a range, not single keys. */
function keysIn(tree: IntervalTree, into: Set<string>): boolean {
  const stack: IntervalTree[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('from' in node)) continue;
    if (typeof node.from !== 'string' || node.from !== node.to) return false;
    into.add(node.from);
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return true;
}

/**
 * `into` with the keys `parts` names of the table whose part is `part` (unchanged when the
 * table was not written). Dexie's `all` part ("anything may have changed") answers `'all'`.
 */
export function mergeTouched(
  into: TouchedKeys,
  parts: ObservabilitySet,
  part: string,
): TouchedKeys {
  if (into === 'all') return into;
  if ('all' in parts) return 'all';
  const tree = parts[part];
  if (!tree) return into;
  return keysIn(tree, into) ? into : 'all';
}

/** Whether `parts` says any of `tableParts` (or anything at all) was written. */
export function touchesAny(parts: ObservabilitySet, tableParts: readonly string[]): boolean {
  return 'all' in parts || tableParts.some((part) => part in parts);
}

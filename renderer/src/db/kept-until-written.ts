/**
 * Reads kept until a write touches a table they were read from: Dexie's `storagemutated`
 * names every write's tables, other windows' and workers' included. A read in flight is
 * kept and shared as well; a failed read is not kept, so the next caller reads again. Keys
 * are per database, so the workspace's database changing reads again too.
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import { db } from './db';
import { primaryKeyPart, touchesAny } from './mutated-keys';

export interface KeptReads<T> {
  /** What `read` answered for `key` since the last write to the tables, else `read()`. */
  get(key: string, read: () => Promise<T>): Promise<T>;
  /** Drops every kept read (a follower of the writes that reads again in its own handler). */
  forget(): void;
}

export function keptUntilWritten<T>(tables: readonly string[]): KeptReads<T> {
  const kept = new Map<string, Promise<T>>();
  let isFollowing = false;
  const onMutated = (parts: ObservabilitySet) => {
    if (touchesAny(parts, tables.map(primaryKeyPart))) kept.clear();
  };
  return {
    get(key, read) {
      if (!isFollowing) {
        Dexie.on.storagemutated.subscribe(onMutated);
        isFollowing = true;
      }
      const at = `${db.name}\u0000${key}`;
      let value = kept.get(at);
      if (!value) {
        const reading = read();
        kept.set(at, reading);
        reading.catch(() => kept.get(at) === reading && kept.delete(at));
        value = reading;
      }
      return value;
    },
    forget: () => kept.clear(),
  };
}

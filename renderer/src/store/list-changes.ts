/**
 * Change notes between versions of a list. A producer that patches a list (the article
 * feed after a write, the optimistic view at a key press, the derived lists of the
 * workspace) notes beside the new list which items it took out and put in, so that a view
 * over the list follows the change in proportion to its size: finding the one new row of
 * 50,000 by walking both lists cost more per key press than everything else it did.
 *
 * A note names the list it came from by a stamp, never by reference, and notes are kept
 * for the last `KEPT_NOTES` versions only: a chain of references would keep every earlier
 * list alive. A view that skipped versions (one that follows when idle) composes the
 * notes in between; one that finds no path answers `null` and compares the lists itself.
 * Items are compared by identity: a changed row is a new object. Pure.
 */

/** Items taken out of and put into a list between two of its versions. */
export interface ListChange<Item> {
  removed: readonly Item[];
  added: readonly Item[];
}

interface Note {
  from: number;
  removed: readonly unknown[];
  added: readonly unknown[];
}

/** Notes kept, newest last: a view more versions behind compares the lists itself. */
const KEPT_NOTES = 256;
/** Versions walked back at most when composing. */
const MAX_HOPS = 32;

const stamps = new WeakMap<object, number>();
const notes = new Map<number, Note>();
let lastStamp = 0;

function stampOf(list: object): number {
  let stamp = stamps.get(list);
  if (stamp === undefined) {
    stamp = ++lastStamp;
    stamps.set(list, stamp);
  }
  return stamp;
}

/**
 * Records that `next` is `previous` without `removed` and with `added` (and otherwise the
 * same items). A list noted twice keeps its first note.
 */
export function noteListChange<Item>(
  previous: readonly Item[],
  next: readonly Item[],
  removed: readonly Item[],
  added: readonly Item[],
): void {
  if (previous === next || stamps.has(next)) return;
  const from = stampOf(previous);
  notes.set(stampOf(next), { from, removed, added });
  if (notes.size > KEPT_NOTES) notes.delete(notes.keys().next().value!);
}

/**
 * The items taken out of `previous` and put into `next`, from the notes made between them;
 * `null` when no chain of notes leads from one to the other (compare the lists instead).
 * An empty change when they are the same list.
 */
export function listChangeBetween<Item>(
  previous: readonly Item[],
  next: readonly Item[],
): ListChange<Item> | null {
  if (previous === next) return { removed: [], added: [] };
  const target = stamps.get(previous);
  let at = stamps.get(next);
  if (target === undefined || at === undefined) return null;
  const chain: Note[] = [];
  while (at !== target) {
    const note = notes.get(at);
    if (note === undefined || chain.length === MAX_HOPS) return null;
    chain.push(note);
    at = note.from;
  }
  if (chain.length === 1) {
    const [{ removed, added }] = chain as [Note];
    return { removed, added } as ListChange<Item>;
  }
  // Oldest first: an item put in and taken out again in between is no change at all.
  const removed = new Set<unknown>();
  const added = new Set<unknown>();
  for (const note of chain.reverse()) {
    for (const item of note.removed) if (!added.delete(item)) removed.add(item);
    for (const item of note.added) if (!removed.delete(item)) added.add(item);
  }
  return { removed: [...removed] as Item[], added: [...added] as Item[] };
}

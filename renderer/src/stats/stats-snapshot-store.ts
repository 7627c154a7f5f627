/**
 * The statistics view's snapshot, kept for the tab between openings. Reading the whole
 * corpus's rows and totals costs most of a second at 10,000 articles (IndexedDB answers a
 * page at a time), and the view read it all again on every opening and after every write.
 * Here the snapshot read once stays, and the keys written since (Dexie's `storagemutated`,
 * other windows' writes included) are read again alone: an opening after an annotation reads
 * that article's totals, not 10,000. A write named only as a range (a bulk import, a cleared
 * table) reads everything again. Statuses and analysts are small and always read again.
 */
import type { ObservabilitySet } from 'dexie';
import { Dexie } from 'dexie';
import { db } from '../db/db';
import { mergeTouched, primaryKeyPart, touchesAny, type TouchedKeys } from '../db/mutated-keys';
import type { ArticleId, ArticleRowRecord } from '../db/records';
import {
  authorsOf,
  readStatsSnapshot,
  type StatsReadProgress,
  type StatsSnapshot,
} from './stats-source';

const ROWS_PART = primaryKeyPart('articleRows');
const TALLIES_PART = primaryKeyPart('articleTallies');
const SMALL_PARTS = [primaryKeyPart('articleStatuses'), primaryKeyPart('analysts')];

interface Kept {
  snapshot: StatsSnapshot;
  /** Written since `snapshot` was read (from the moment its read began). */
  rows: TouchedKeys;
  tallies: TouchedKeys;
  /** Whether a status or an analyst was written (those tables are read whole). */
  isSmallStale: boolean;
}

type Touched = Omit<Kept, 'snapshot'>;

let kept: Kept | null = null;
/** What was written while a read was under way: the next snapshot's keys to read again. */
let duringRead: Touched | null = null;
/**
 * The read under way, shared: a click starts it before the view mounts, and the view's own
 * read joins it with its progress. One at a time, so each starts from the last snapshot.
 */
interface Read {
  done: Promise<StatsSnapshot>;
  listeners: Set<(progress: StatsReadProgress) => void>;
  /** `calls` when it began: a call made after that may need writes it could not see. */
  startedAt: number;
}

let inFlight: Read | null = null;
let calls = 0;
let isWatching = false;

function onMutated(parts: ObservabilitySet): void {
  for (const touched of [kept, duringRead]) {
    if (!touched) continue;
    touched.rows = mergeTouched(touched.rows, parts, ROWS_PART);
    touched.tallies = mergeTouched(touched.tallies, parts, TALLIES_PART);
    if (touchesAny(parts, SMALL_PARTS)) touched.isSmallStale = true;
  }
}

function isEmpty(keys: TouchedKeys): boolean {
  return keys !== 'all' && keys.size === 0;
}

/** The kept snapshot when nothing it counts was written since; otherwise `undefined`. */
export function currentStatsSnapshot(): StatsSnapshot | undefined {
  if (!kept || duringRead || kept.isSmallStale) return undefined;
  if (!isEmpty(kept.rows) || !isEmpty(kept.tallies)) return undefined;
  return kept.snapshot;
}

/**
 * The snapshot of now: the kept one as it is, or with the written keys read again, or (the
 * first time, or after a range write) the whole corpus read through `readStatsSnapshot`. A
 * read under way is joined, `onProgress` hearing its progress; it is not stopped when its
 * callers leave, since what it reads is kept for the next opening.
 */
export async function readCurrentStatsSnapshot(
  onProgress?: (progress: StatsReadProgress) => void,
): Promise<StatsSnapshot> {
  if (!isWatching) {
    Dexie.on.storagemutated.subscribe(onMutated);
    isWatching = true;
  }
  const calledAt = ++calls;
  for (;;) {
    const current = currentStatsSnapshot();
    if (current) return current;
    inFlight ??= startRead();
    const read = inFlight;
    if (onProgress) read.listeners.add(onProgress);
    try {
      const snapshot = await read.done;
      // Begun before this call, it may have missed a write this call is about: read again.
      if (read.startedAt >= calledAt || currentStatsSnapshot() === snapshot) return snapshot;
    } finally {
      if (onProgress) read.listeners.delete(onProgress);
    }
  }
}

function startRead(): Read {
  const listeners = new Set<(progress: StatsReadProgress) => void>();
  const done = readNow((progress) => {
    for (const listener of listeners) listener(progress);
  }).finally(() => {
    if (inFlight?.done === done) inFlight = null;
  });
  return { done, listeners, startedAt: calls };
}

async function readNow(onProgress: (progress: StatsReadProgress) => void): Promise<StatsSnapshot> {
  const before = kept;
  duringRead = { rows: new Set(), tallies: new Set(), isSmallStale: false };
  try {
    const snapshot =
      before && before.rows !== 'all' && before.tallies !== 'all'
        ? await patchSnapshot(before.snapshot, before.rows, before.tallies)
        : await readStatsSnapshot(onProgress);
    kept = { snapshot, ...duringRead };
    return snapshot;
  } finally {
    duringRead = null;
  }
}

/** Starts reading the statistics' snapshot (a click opening the view: see `Read`). */
export function startReadingStats(): void {
  readCurrentStatsSnapshot().catch(() => undefined);
}

/** `snapshot` with the rows and totals of `rowKeys` and `tallyKeys` read again. */
function patchSnapshot(
  snapshot: StatsSnapshot,
  rowKeys: Set<string>,
  tallyKeys: Set<string>,
): Promise<StatsSnapshot> {
  const tables = [db.articleRows, db.articleTallies, db.articleStatuses, db.analysts];
  return db.transaction('r', tables, async () => {
    const rowIds = [...rowKeys] as ArticleId[];
    const tallyIds = [...tallyKeys];
    const [rows, tallies, statuses, analysts] = await Promise.all([
      db.articleRows.bulkGet(rowIds),
      db.articleTallies.bulkGet(tallyIds),
      db.articleStatuses.toArray(),
      db.analysts.toArray(),
    ]);
    const articles = patchedRows(snapshot.articles, rowIds, rows);
    const talliesById = new Map(snapshot.tallies);
    tallyIds.forEach((id, i) => {
      const tally = tallies[i];
      if (tally) talliesById.set(id, tally);
      else talliesById.delete(id);
    });
    return {
      articles,
      tallies: talliesById,
      statuses,
      analysts,
      authors: authorsOf(talliesById.values()),
    };
  });
}

/** `articles` (in id order, as read) with `ids` replaced by `found`, added or removed. */
function patchedRows(
  articles: readonly ArticleRowRecord[],
  ids: readonly ArticleId[],
  found: readonly (ArticleRowRecord | undefined)[],
): ArticleRowRecord[] {
  if (ids.length === 0) return articles as ArticleRowRecord[];
  const byId = new Map(ids.map((id, i) => [id as string, found[i]]));
  const next: ArticleRowRecord[] = [];
  for (const article of articles) {
    if (!byId.has(article.id)) next.push(article);
    else if (byId.get(article.id)) next.push(byId.get(article.id)!);
    byId.delete(article.id);
  }
  const added = [...byId.values()].filter((row): row is ArticleRowRecord => row !== undefined);
  if (added.length === 0) return next;
  // The read's order is the primary key's: the same figures whichever way a row came in.
  return [...next, ...added].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Forgets the kept snapshot (tests: each starts from a database of its own). */
export function forgetStatsSnapshot(): void {
  kept = null;
}

/**
 * Watches the files the library's articles came from, and reads a file again when it
 * changed on disk, so its article can follow it.
 *
 * Why polling and not `fs.watch`: a watch holds one OS handle per file (thousands for a
 * large library), is unreliable on network drives, and follows the inode, so an editor that
 * saves by writing a temporary file and renaming it over the original leaves the watch on a
 * deleted file. A `stat` of each path, in bounded batches, sees every way of saving alike.
 * Size and modification time are only the cheap first check: a file is reported changed
 * only when its text, read again, hashes differently from the article's.
 */
import type { IngestedArticle, SourceChanges, WatchedSource } from '../../../preload/api';
import { ingestFile } from '../ingest-file';
import type { IngestOutcome } from '../ingest-bytes';
import { isSameLook, lookAtSource, mapInBatches, type SourceLook } from './observe-source';

export interface SourceWatcherOptions {
  /**
   * How long to wait before looking again at a file that moved: one still moving (being
   * written, or between the two steps of a rename-replace) waits for the next check.
   */
  settleMs?: number;
  /** Most `stat`s in flight at once. */
  concurrency?: number;
  /** Most changed files read again per check: a report carries their whole texts. */
  maxChangedPerCheck?: number;
  /** Seams for tests. */
  ingest?: (path: string) => Promise<IngestOutcome>;
  look?: (path: string) => Promise<SourceLook>;
}

/** The watched files and the one way to check them. */
export interface SourceWatcher {
  /** Replaces the watched set; answers its size. Unchanged registrations keep their state. */
  watch(sources: readonly WatchedSource[]): number;
  /** Looks at every watched file and answers what changed since last reported. Serialised. */
  check(): Promise<SourceChanges>;
}

interface Entry {
  /** As the renderer registered it: a new registration with other values starts afresh. */
  registered: WatchedSource;
  /** The look the watcher has accounted for (reported, or known to the library). */
  seen: SourceLook;
  textSha256: string;
}

const DEFAULTS = { settleMs: 200, concurrency: 32, maxChangedPerCheck: 25 };

/** Changes with nothing in them. */
export function noSourceChanges(): SourceChanges {
  return { changed: [], failed: [], missing: [], restored: [], hasMore: false };
}

/** True when `changes` reports nothing. */
export function isEmptyChanges(changes: SourceChanges): boolean {
  return (
    changes.changed.length + changes.failed.length + changes.missing.length === 0 &&
    changes.restored.length === 0 &&
    !changes.hasMore
  );
}

function entryOf(source: WatchedSource): Entry {
  const seen: SourceLook = source.isMissing
    ? { kind: 'missing' }
    : { kind: 'file', sizeBytes: source.sizeBytes, modifiedAtMs: source.modifiedAtMs };
  return { registered: source, seen, textSha256: source.textSha256 };
}

function isSameRegistration(a: WatchedSource, b: WatchedSource): boolean {
  return (
    a.sizeBytes === b.sizeBytes &&
    a.modifiedAtMs === b.modifiedAtMs &&
    a.textSha256 === b.textSha256 &&
    Boolean(a.isMissing) === Boolean(b.isMissing)
  );
}

function lookOfArticle(article: IngestedArticle): SourceLook {
  return { kind: 'file', sizeBytes: article.sizeBytes, modifiedAtMs: article.modifiedAtMs };
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A watcher with no file registered yet. */
export function createSourceWatcher(options: SourceWatcherOptions = {}): SourceWatcher {
  const { settleMs, concurrency, maxChangedPerCheck } = { ...DEFAULTS, ...options };
  const ingest = options.ingest ?? ingestFile;
  const look = options.look ?? lookAtSource;
  let entries = new Map<string, Entry>();
  let running: Promise<unknown> = Promise.resolve();

  /** Reads `entry`'s file again and files the outcome under `changes`. */
  async function reread(entry: Entry, now: SourceLook, changes: SourceChanges): Promise<void> {
    const wasMissing = entry.seen.kind === 'missing';
    const outcome = await ingest(entry.registered.path);
    if (outcome.kind === 'failure') {
      // Swapped for a folder between the look and the read: gone, like any other folder.
      if (outcome.failure.reason === 'not-a-file') {
        if (!wasMissing) changes.missing.push(entry.registered.path);
        entry.seen = { kind: 'missing' };
        return;
      }
      changes.failed.push(outcome.failure);
      entry.seen = now;
      return;
    }
    const { article } = outcome;
    if (article.textSha256 !== entry.textSha256) changes.changed.push(article);
    else if (wasMissing) changes.restored.push(entry.registered.path);
    // An unchanged text (a touch, a save without edits) only updates what was seen.
    entry.textSha256 = article.textSha256;
    entry.seen = lookOfArticle(article);
  }

  async function runCheck(): Promise<SourceChanges> {
    const changes = noSourceChanges();
    const watched = [...entries.values()];
    const looks = await mapInBatches(watched, concurrency, (entry) => look(entry.registered.path));
    const moved = watched
      .map((entry, index) => ({ entry, first: looks[index]! }))
      .filter(({ entry, first }) => !isSameLook(entry.seen, first));
    if (moved.length === 0) return changes;

    await delay(settleMs);
    const again = await mapInBatches(moved, concurrency, ({ entry }) =>
      look(entry.registered.path),
    );
    for (const [index, { entry, first }] of moved.entries()) {
      const now = again[index]!;
      if (!isSameLook(first, now)) continue; // still moving: the next check sees it settled
      if (now.kind === 'missing') {
        changes.missing.push(entry.registered.path);
        entry.seen = now;
      } else if (changes.changed.length >= maxChangedPerCheck) {
        changes.hasMore = true;
      } else {
        await reread(entry, now, changes);
      }
    }
    return changes;
  }

  return {
    watch(sources) {
      const next = new Map<string, Entry>();
      for (const source of sources) {
        const known = entries.get(source.path);
        next.set(
          source.path,
          known && isSameRegistration(known.registered, source) ? known : entryOf(source),
        );
      }
      entries = next;
      return entries.size;
    },
    check() {
      const result = running.then(runCheck);
      running = result.catch(() => undefined);
      return result;
    },
  };
}

/**
 * The next chunk of an import, read ahead. The page stores each chunk before it asks for the
 * next one, because the next one's site chrome depends on what the library then holds
 * (`storedSitePages`). Reading and building each file's article does not: so while the page
 * stores a chunk, the host reads and builds the next, and only the site-chrome pass waits
 * for the page's answer. In the ingest-ui bench the two halves took about as long as each
 * other, one after the other.
 *
 * Holds one chunk, for a minute at most. A file whose size or time changed since it was
 * read ahead is read again, so the article is the file as it is when asked for.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { IngestOutcome } from './ingest-bytes';
import { mapBounded } from './map-bounded';

/** A chunk never asked for (an import cancelled) is let go after this long. */
const HELD_MS = 60_000;

interface HeldChunk {
  paths: readonly string[];
  outcomes: Promise<IngestOutcome[]>;
  timer: ReturnType<typeof setTimeout>;
}

/** Whether the file at `path` is still what `outcome` read. */
async function isUnchanged(path: string, outcome: IngestOutcome): Promise<boolean> {
  // A failure is answered again (cheap, mostly a `stat`): the file may have been fixed.
  if (outcome.kind !== 'article') return false;
  const info = await stat(resolve(path)).catch(() => undefined);
  return (
    info !== undefined &&
    info.size === outcome.article.sizeBytes &&
    Math.round(info.mtimeMs) === outcome.article.modifiedAtMs
  );
}

export class ReadAhead {
  private held: HeldChunk | null = null;

  constructor(
    private readonly ingest: (path: string) => Promise<IngestOutcome>,
    private readonly inFlight: number,
  ) {}

  /** Starts reading `paths` (replacing any chunk held); answers at once. */
  start(paths: readonly string[]): void {
    this.drop();
    if (paths.length === 0) return;
    const outcomes = mapBounded(paths, this.inFlight, this.ingest);
    const timer = setTimeout(() => this.drop(), HELD_MS);
    timer.unref?.();
    this.held = { paths: [...paths], outcomes, timer };
  }

  /** The outcomes of `paths`, in order: read ahead where they were and still hold, else read now. */
  async take(paths: readonly string[]): Promise<IngestOutcome[]> {
    const held = this.held;
    this.drop();
    const ahead = new Map<string, IngestOutcome>();
    if (held) {
      const outcomes = await held.outcomes;
      held.paths.forEach((path, index) => ahead.set(path, outcomes[index]!));
    }
    return mapBounded(paths, this.inFlight, async (path) => {
      const outcome = ahead.get(path);
      return outcome && (await isUnchanged(path, outcome)) ? outcome : this.ingest(path);
    });
  }

  private drop(): void {
    if (this.held) clearTimeout(this.held.timer);
    this.held = null;
  }
}

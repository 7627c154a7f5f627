/**
 * The export worker's behaviour, apart from the worker global it runs under, so tests run
 * it in Node: on `start` it names the file, then writes it (`write-export.ts`) as chunks,
 * each sent once the one before was taken, so at most two are ever held. A chunk goes to
 * the page, which appends it to the host; or, in browser mode, straight to the bridge: a
 * `fetch` of a chunk cost the page's thread 10–260 ms under load (the export bench's CPU
 * profile), thousands of times over a large export, and here it costs the worker alone.
 */
import type { Result } from '../../../preload/api';
import { SourcemarkDatabase } from '../db/db';
import { createHttpHostApi } from '../host/http-host-api';
import { exportFileName } from '../sets/export-formats';
import { openWorkspaceDatabase } from '../storage/database-opening';
import { ChunkedOutput } from './chunked-output';
import { BRIDGE_CHUNK_UNITS, CHUNK_UNITS } from './content-chunks';
import type { ExportJob, FromExportWorker, ToExportWorker } from './export-job';
import { writeExport } from './write-export';

/** The page's pulls, taken one at a time: `next()` resolves on the next unused one. */
function pullQueue() {
  let unused = 0;
  let waiting: (() => void) | undefined;
  return {
    pulled() {
      if (waiting) {
        const wake = waiting;
        waiting = undefined;
        wake();
      } else unused += 1;
    },
    next(): Promise<void> {
      if (unused > 0) {
        unused -= 1;
        return Promise.resolve();
      }
      return new Promise((resolve) => (waiting = resolve));
    },
  };
}

/** Appends a chunk to an open write, as the host's `exportFile.append`. */
export type AppendChunk = (writeId: string, bytes: Uint8Array) => Promise<Result<number>>;

/** The bridge's append, over HTTP from the worker (raw bytes, as the page would send them). */
const bridgeAppend = (token: string): AppendChunk => createHttpHostApi(token).exportFile.append;

/**
 * Handles the page's messages, answering through `post`. `appendFor` is how the worker
 * reaches the bridge itself when the page starts it with a token (tests pass another host).
 */
export function createExportWorkerCore(
  post: (message: FromExportWorker) => void,
  chunkSize?: number,
  appendFor: (bridgeToken: string) => AppendChunk = bridgeAppend,
): (message: ToExportWorker) => void {
  const pulls = pullQueue();
  let giveWriteId: (writeId: string) => void = () => {};
  const writeIdGiven = new Promise<string>((resolve) => (giveWriteId = resolve));

  const start = async (job: ExportJob, bridgeToken: string | undefined) => {
    // The database the job names (a worker has no `localStorage`, where a restore points
    // the page), opened as the page's is (`storage/database-opening.ts`): a newer app's
    // database stays untouched. Its own connection, closed once the file is written.
    const from = new SourcemarkDatabase(job.database);
    try {
      const opening = await openWorkspaceDatabase(from);
      if (opening.kind === 'failed') throw new Error(opening.message);
      const analyst = await from.analysts.get(job.author);
      post({
        kind: 'file',
        fileName: exportFileName(job.format, analyst?.name ?? '', job.exportedAt),
      });
      const direct =
        bridgeToken === undefined
          ? undefined
          : { append: appendFor(bridgeToken), writeId: await writeIdGiven };
      if (!direct) await pulls.next();
      // One chunk in the page's (or the bridge's) hands while the next is made: reading
      // overlaps writing.
      let taken = Promise.resolve();
      const out = new ChunkedOutput(
        async (chunk, progress) => {
          await taken;
          if (!direct) {
            post({ kind: 'chunk', chunk, progress });
            taken = pulls.next();
            return;
          }
          taken = direct.append(direct.writeId, chunk).then((answer) => {
            if (!answer.ok) throw new Error(answer.error.message);
            post({ kind: 'written', progress });
          });
          // Awaited before the next chunk and at the end; until then not an unhandled rejection.
          taken.catch(() => undefined);
        },
        chunkSize ?? (direct ? BRIDGE_CHUNK_UNITS : CHUNK_UNITS),
      );
      const onReading = (done: number, total: number) => post({ kind: 'reading', done, total });
      const tally = await writeExport(job, from, out, onReading);
      await out.end();
      await taken;
      post({ kind: 'end', tally });
    } catch (error) {
      post({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    } finally {
      from.close();
    }
  };

  return (message) => {
    if (message.kind === 'start') void start(message.job, message.bridgeToken);
    else if (message.kind === 'write') giveWriteId(message.writeId);
    else pulls.pulled();
  };
}

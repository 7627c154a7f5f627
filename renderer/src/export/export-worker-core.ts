/**
 * The export worker's behaviour, apart from the worker global it runs under, so tests run
 * it in Node: on `start` it names the file, then writes it (`write-export.ts`) as chunks,
 * each sent once the page has taken the one before, so at most two are ever held.
 */
import { SourcemarkDatabase } from '../db/db';
import { exportFileName } from '../sets/export-formats';
import { openWorkspaceDatabase } from '../storage/database-opening';
import { ChunkedOutput } from './chunked-output';
import { CHUNK_UNITS } from './content-chunks';
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

/** Handles the page's messages, answering through `post`. */
export function createExportWorkerCore(
  post: (message: FromExportWorker) => void,
  chunkSize = CHUNK_UNITS,
): (message: ToExportWorker) => void {
  const pulls = pullQueue();

  const start = async (job: ExportJob) => {
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
      await pulls.next();
      // One chunk in the page's hands while the next is made: reading overlaps writing.
      let taken = Promise.resolve();
      const out = new ChunkedOutput(async (chunk, progress) => {
        await taken;
        post({ kind: 'chunk', chunk, progress });
        taken = pulls.next();
      }, chunkSize);
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
    if (message.kind === 'start') void start(message.job);
    else pulls.pulled();
  };
}

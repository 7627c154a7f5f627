/**
 * The export worker's behaviour, apart from the worker global it runs under, so tests run
 * it in Node: on `start` it builds the file (reading IndexedDB, running the format), then
 * answers each `pull` with the next chunk, keeping one ahead to flag the last.
 */
import { SourcemarkDatabase } from '../db/db';
import { openWorkspaceDatabase } from '../storage/database-opening';
import { buildExport, tallyOf } from './build-export';
import { CHUNK_UNITS, chunkCount, contentChunks, type ContentChunk } from './content-chunks';
import type { ExportJob, FromExportWorker, ToExportWorker } from './export-job';

/** Handles the page's messages, answering through `post`. */
export function createExportWorkerCore(
  post: (message: FromExportWorker) => void,
  chunkSize = CHUNK_UNITS,
): (message: ToExportWorker) => void {
  let chunks: Iterator<ContentChunk> | undefined;
  let pending: ContentChunk | undefined;

  const start = async (job: ExportJob) => {
    try {
      // The database the job names (a worker has no `localStorage`, where a restore points
      // the page), opened as the page's is (`storage/database-opening.ts`): a newer app's
      // database stays untouched. Its own connection, closed once the set is read.
      const from = new SourcemarkDatabase(job.database);
      const output = await (async () => {
        const opening = await openWorkspaceDatabase(from);
        if (opening.kind === 'failed') throw new Error(opening.message);
        return buildExport(job, from, (done, total) => post({ kind: 'reading', done, total }));
      })().finally(() => from.close());
      chunks = contentChunks(output.content, chunkSize);
      const first = chunks.next();
      pending = first.done ? undefined : first.value;
      post({
        kind: 'built',
        tally: tallyOf(output),
        chunks: chunkCount(output.content, chunkSize),
      });
    } catch (error) {
      post({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  const pull = () => {
    if (!chunks) return;
    // An empty file is one empty chunk, so the page still closes (and creates) it.
    const chunk = pending ?? { data: '', encoding: 'utf8' as const };
    const next = chunks.next();
    pending = next.done ? undefined : next.value;
    post({ kind: 'chunk', chunk, last: pending === undefined });
    if (pending === undefined) chunks = undefined;
  };

  return (message) => {
    if (message.kind === 'start') void start(message.job);
    else pull();
  };
}

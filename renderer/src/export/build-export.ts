/**
 * The export as the worker runs it: the set read from IndexedDB a chunk of articles at a
 * time (`assembleSet`), the format's own serialiser run over it (`runExport`, the exact
 * code the files were always written by, so the bytes are the same), and the file handed
 * back for streaming. No DOM: it runs in a dedicated worker, and in Node for tests.
 */
import type { SourcemarkDatabase } from '../db/db';
import { readActiveCodebook } from '../store/codebook-repository';
import { runExport, type ExportOutput } from '../sets/export-formats';
import { assembleSet } from '../sets/set-repository';
import type { ExportJob, ExportTally } from './export-job';

/**
 * Builds the file of `job` from `from`, the workspace database the job names, opened by
 * the caller; `onReading(done, total)` after each chunk of articles.
 */
export async function buildExport(
  job: ExportJob,
  from: SourcemarkDatabase,
  onReading?: (done: number, total: number) => void,
): Promise<ExportOutput> {
  const assembled = await assembleSet({
    author: job.author,
    articles: job.articles,
    includeTexts: job.includeTexts,
    from,
    ...(onReading ? { onProgress: onReading } : {}),
  });
  const codebook = await readActiveCodebook(from);
  return runExport(job.format, assembled, {
    codebook,
    appVersion: job.appVersion,
    exportedAt: job.exportedAt,
    semevalScheme: job.semevalScheme,
  });
}

/** The counts of `output`, without its content: what crosses back to the page. */
export function tallyOf(output: ExportOutput): ExportTally {
  return {
    fileName: output.fileName,
    mimeType: output.mimeType,
    lossiness: output.lossiness,
    notes: output.notes,
    annotationCount: output.annotationCount,
    selectedCount: output.selectedCount,
  };
}

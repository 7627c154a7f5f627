/**
 * An export's file, written to a chunked output: native and W3C are streamed as they are
 * read (`native-stream.ts`, `w3c-stream.ts`), so the worker's memory stays bounded however
 * large the set; the other formats are still built whole by their exporter
 * (`build-export.ts`) and only then cut into chunks.
 */
import type { SourcemarkDatabase } from '../db/db';
import { buildExport, tallyOf } from './build-export';
import type { ChunkedOutput } from './chunked-output';
import { chunkCount, contentChunks } from './content-chunks';
import type { ExportJob, ExportTally } from './export-job';
import { STREAM_STEPS, type StreamSteps } from './id-ordered-annotations';
import { streamNative } from './native-stream';
import { streamW3c } from './w3c-stream';

/** Writes the file of `job` to `out`; answers what it holds. */
export async function writeExport(
  job: ExportJob,
  from: SourcemarkDatabase,
  out: ChunkedOutput,
  onReading: (done: number, total: number) => void,
  steps: StreamSteps = STREAM_STEPS,
): Promise<ExportTally> {
  if (job.format === 'native') return streamNative(job, from, out, onReading, steps);
  if (job.format === 'w3c') return streamW3c(job, from, out, onReading, steps);
  const output = await buildExport(job, from, onReading);
  const total = chunkCount(output.content, out.size);
  let done = 0;
  for (const chunk of contentChunks(output.content, out.size)) {
    out.setProgress(++done, total);
    await out.chunk(chunk);
  }
  return tallyOf(output);
}

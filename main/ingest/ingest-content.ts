/**
 * One file's content to an article, whatever its format: plain text and Markdown through
 * the synchronous `ingestBytes`, saved HTML pages through the same function in a worker
 * thread (`html/html-runner.ts`), PDF and DOCX through the asynchronous `ingestDocument`.
 */
import { formatOfName, isDocumentFormat } from './article-format';
import type { SourceMeta } from './build-article';
import { ingestDocument } from './documents/ingest-document';
import { defaultHtmlRunner } from './html/html-runner';
import { ingestBytes, type IngestOutcome } from './ingest-bytes';

/** Ingests `bytes` as the format `meta.sourceName` announces. No I/O; never throws. */
export async function ingestContent(bytes: Uint8Array, meta: SourceMeta): Promise<IngestOutcome> {
  const format = formatOfName(meta.sourceName);
  if (format !== undefined && isDocumentFormat(format)) return ingestDocument(bytes, meta);
  if (format === 'html') return defaultHtmlRunner()(bytes, meta);
  return ingestBytes(bytes, meta);
}

/**
 * A PDF's or DOCX's bytes to an article, or to the reason it cannot be one: extraction
 * (in a worker thread, bounded in time and memory: `document-runner.ts`), then the same
 * normalisation and completion as text files.
 */
import type { IngestFailure } from '../../../preload/api';
import { formatOfName } from '../article-format';
import { buildArticle, type SourceMeta } from '../build-article';
import { extractTitle, truncateTitle } from '../extract-title';
import {
  corruptFailure,
  emptyFailure,
  encryptedFailure,
  expandsTooMuchFailure,
  noTextLayerFailure,
  tooLargeFailure,
  tooSlowFailure,
  unsupportedTypeFailure,
} from '../failure-messages';
import type { IngestOutcome } from '../ingest-bytes';
import { MAX_DOCUMENT_BYTES, MAX_EXTRACTION_HEAP_MB, MAX_EXTRACTION_MS } from '../limits';
import type { DeclaredMetadata } from '../metadata/to-ingested-metadata';
import { normaliseText } from '../../../renderer/src/text/normal-form';
import { checkTextLength, textTooLongFailure } from '../text-length';
import type { DocumentProblem } from './document-text';
import { defaultDocumentRunner, type DocumentRunner } from './document-runner';

const failed = (failure: IngestFailure): IngestOutcome => ({ kind: 'failure', failure });

// Producers put their software or the file name in the title field ("Microsoft Word -
// rapport.docx", "untitled"): such a title is worse than the one found in the text.
const JUNK_TITLE = /^(?:microsoft\s+\w+\s+-|untitled|document\d*$|title$)|\.(?:docx?|pdf|rtf)$/i;

function problemFailure(path: string, problem: DocumentProblem, seconds: number): IngestFailure {
  switch (problem.kind) {
    case 'no-text-layer':
      return noTextLayerFailure(path);
    case 'encrypted':
      return encryptedFailure(path);
    case 'corrupt':
      return corruptFailure(path, problem.why);
    case 'too-large':
      return expandsTooMuchFailure(path, problem.what);
    case 'too-long':
      return textTooLongFailure(path, problem.chars, problem.isAtLeast);
    case 'too-slow':
      return tooSlowFailure(path, seconds);
    case 'out-of-memory':
      return expandsTooMuchFailure(
        path,
        `reading it needs more than ${MAX_EXTRACTION_HEAP_MB} MB of memory`,
      );
    case 'reader-failed':
      return corruptFailure(path, `the document reader failed (${problem.why})`);
  }
}

/** Options for `ingestDocument`; tests shorten the time limit or run the reader their way. */
export interface DocumentOptions {
  timeLimitMs?: number;
  /** Where extraction runs; `defaultDocumentRunner()` (worker threads) unless given. */
  runner?: DocumentRunner;
}

/**
 * Ingests the content of one `.pdf` or `.docx` file: the size limit (`MAX_DOCUMENT_BYTES`,
 * `too-large`), zero bytes (`empty`), then extraction by `options.runner` (a worker
 * thread, stopped past `MAX_EXTRACTION_MS` or `MAX_EXTRACTION_HEAP_MB`: `too-large`), with
 * failures `encrypted`, `corrupt` (also when the reader itself fails), `no-text-layer` (a
 * scanned PDF), `too-large` (a zip bomb, or a text over `MAX_ARTICLE_CHARS`), and `empty`
 * when the document has no words. The text is normalised, its title is the document's
 * own unless it is a placeholder, its authors and date go into the metadata as declared
 * ones. `original` holds the extracted text before normalisation (the source is binary).
 * No I/O in this thread; never throws.
 */
export async function ingestDocument(
  bytes: Uint8Array,
  meta: SourceMeta,
  options: DocumentOptions = {},
): Promise<IngestOutcome> {
  const path = meta.sourcePath;
  const format = formatOfName(meta.sourceName);
  if (format !== 'pdf' && format !== 'docx') return failed(unsupportedTypeFailure(path));
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    return failed(tooLargeFailure(path, bytes.length, MAX_DOCUMENT_BYTES));
  }
  if (bytes.length === 0) return failed(emptyFailure(path, 'no bytes'));

  const limit = options.timeLimitMs ?? MAX_EXTRACTION_MS;
  const runner = options.runner ?? defaultDocumentRunner();
  const extraction = await runner({ format, bytes, timeLimitMs: limit });
  if (extraction.kind !== 'text') {
    return failed(problemFailure(path, extraction, Math.round(limit / 1000)));
  }
  const text = normaliseText(extraction.text).replace(/^\n+|\n+$/g, '');
  if (text.trim() === '') return failed(emptyFailure(path, 'no readable text'));
  // Normalisation can lengthen a text (NFC of some characters): the limit holds after it.
  const tooLong = checkTextLength(path, text);
  if (tooLong) return failed(tooLong);

  const ownTitle = extraction.title && !JUNK_TITLE.test(extraction.title) ? extraction.title : '';
  const title = ownTitle ? truncateTitle(normaliseText(ownTitle)) : extractTitle(text);
  const declared: DeclaredMetadata = { authors: extraction.authors };
  if (extraction.date) declared.publishedTime = extraction.date;
  const article = buildArticle(
    {
      format,
      sizeBytes: bytes.length,
      encoding: format === 'pdf' ? 'PDF text layer' : 'DOCX (UTF-8 XML)',
      text,
      title,
      declaredLanguage: extraction.language,
      declared,
      isExtracted: true,
      original: extraction.text,
    },
    meta,
  );
  return { kind: 'article', article };
}

/**
 * One PDF's or DOCX's text, as the document reader's worker computes it
 * (`document-worker.ts`): the conversion itself, kept apart from the thread so it can be
 * tested directly.
 */
import { MAX_ARTICLE_CHARS } from '../limits';
import type { DocumentExtraction } from './document-text';
import { docxToText } from './docx-to-text';
import { pdfToText } from './pdf-to-text';

/** What the reader is asked: one file's bytes, its format, and how long it may take. */
export interface ExtractionRequest {
  format: 'pdf' | 'docx';
  bytes: Uint8Array;
  /** Milliseconds from the start of the work, for the PDF reader's own page-by-page checks. */
  timeLimitMs: number;
}

/**
 * Extracts the text and properties of the document in `request`, or answers why it has
 * none (`pdfToText`, `docxToText`); a text longer than `MAX_ARTICLE_CHARS` is answered as
 * `too-long` rather than sent back whole. Never throws.
 */
export async function extractDocument(request: ExtractionRequest): Promise<DocumentExtraction> {
  const { format, bytes, timeLimitMs } = request;
  const extraction =
    format === 'pdf' ? await pdfToText(bytes, Date.now() + timeLimitMs) : await docxToText(bytes);
  if (extraction.kind === 'text' && extraction.text.length > MAX_ARTICLE_CHARS) {
    return { kind: 'too-long', chars: extraction.text.length, isAtLeast: false };
  }
  return extraction;
}

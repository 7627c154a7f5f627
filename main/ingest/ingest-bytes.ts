/**
 * One text file's bytes to an article, or to the reason it cannot be one. The whole
 * pipeline for `.txt`, `.md` and `.html` in order; it does no I/O, so dropped uploads and
 * files on disk share it. PDF and DOCX go through `ingest-document.ts` instead.
 */
import type { IngestedArticle, IngestFailure } from '../../preload/api';
import { formatOfName, isDocumentFormat } from './article-format';
import { buildArticle, type ExtractedText, type SourceMeta } from './build-article';
import { decodeText } from './decode-text';
import { detectBinary } from './detect-binary';
import { extractMarkdownTitle, extractTitle } from './extract-title';
import {
  binaryFailure,
  emptyFailure,
  tooLargeFailure,
  undecodableFailure,
  unsupportedTypeFailure,
} from './failure-messages';
import { extractHtml } from './html/extract-html';
import { MAX_FILE_BYTES } from './limits';
import { normaliseText } from '../../renderer/src/text/normal-form';
import { sniffHtmlCharset } from './sniff-html-charset';
import { checkTextLength } from './text-length';

export type { SourceMeta } from './build-article';

/** The answer for one file: an article, or a failure naming the file and the reason. */
export type IngestOutcome =
  { kind: 'article'; article: IngestedArticle } | { kind: 'failure'; failure: IngestFailure };

const failed = (failure: IngestFailure): IngestOutcome => ({ kind: 'failure', failure });
const isBlank = (text: string): boolean => text.trim() === '';

type Extracted = Pick<
  ExtractedText,
  'text' | 'title' | 'declaredLanguage' | 'declared' | 'pageText' | 'headline'
> & {
  isExtracted: boolean;
};

function extract(original: string, format: 'txt' | 'md' | 'html'): Extracted {
  if (format === 'html') return { ...extractHtml(original), isExtracted: true };
  const text = normaliseText(original);
  const title = format === 'md' ? extractMarkdownTitle(text) : extractTitle(text);
  return { text, title, declaredLanguage: undefined, declared: {}, isExtracted: false };
}

/**
 * Ingests the content of one text file, checking in this order: a supported text
 * extension (`.txt`, `.md`/`.markdown`, `.html`/`.htm`, else `unsupported-type`; `.pdf`
 * and `.docx` belong to `ingestDocument`), the size limit (`too-large`), zero bytes
 * (`empty`), binary content (`binary`), the encoding (`undecodable`), whitespace only
 * (`empty`), and after extraction a text over `MAX_ARTICLE_CHARS` (`too-large`, never
 * cut). Then extracts the text (for HTML, the article `extractHtml` finds, with the
 * page's headline and metadata), normalises it (`normaliseText`), and completes the article
 * with `buildArticle`. `original` keeps the decoded source before extraction and
 * normalisation. Pure: no I/O, never throws for any content.
 */
export function ingestBytes(bytes: Uint8Array, meta: SourceMeta): IngestOutcome {
  const path = meta.sourcePath;
  const format = formatOfName(meta.sourceName);
  if (format === undefined || isDocumentFormat(format)) {
    return failed(unsupportedTypeFailure(path));
  }
  if (bytes.length > MAX_FILE_BYTES) return failed(tooLargeFailure(path, bytes.length));
  if (bytes.length === 0) return failed(emptyFailure(path, 'no bytes'));

  const verdict = detectBinary(bytes);
  if (verdict.isBinary) return failed(binaryFailure(path, verdict.reason));

  const declaredCharset = format === 'html' ? sniffHtmlCharset(bytes) : undefined;
  const decoded = decodeText(bytes, { declaredCharset });
  if (decoded.kind === 'undecodable') return failed(undecodableFailure(path, decoded.reason));
  const original = decoded.text;
  if (isBlank(original)) return failed(emptyFailure(path, 'only whitespace'));

  const extracted = extract(original, format);
  if (isBlank(extracted.text)) return failed(emptyFailure(path, 'no readable text'));
  const tooLong = checkTextLength(path, extracted.text, extracted.pageText);
  if (tooLong) return failed(tooLong);

  const article = buildArticle(
    { ...extracted, format, sizeBytes: bytes.length, encoding: decoded.encoding, original },
    meta,
  );
  return { kind: 'article', article };
}

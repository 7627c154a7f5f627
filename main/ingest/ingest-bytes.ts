/**
 * One file's bytes to an article, or to the reason it cannot be one. The whole ingestion
 * pipeline in order; it does no I/O, so dropped uploads and files on disk share it.
 */
import { basename, extname } from 'node:path';
import type { IngestedArticle, IngestFailure } from '../../preload/api';
import { formatOfName } from './article-format';
import { decodeText } from './decode-text';
import { detectBinary } from './detect-binary';
import { extractMarkdownTitle, extractTitle, truncateTitle } from './extract-title';
import {
  binaryFailure,
  emptyFailure,
  tooLargeFailure,
  undecodableFailure,
  unsupportedTypeFailure,
} from './failure-messages';
import { guessLanguage } from './guess-language';
import { hashText } from './hash-text';
import { htmlToText } from './html-to-text';
import { MAX_FILE_BYTES } from './limits';
import { normaliseText } from './normalise-text';
import { sniffHtmlCharset } from './sniff-html-charset';

/** The answer for one file: an article, or a failure naming the file and the reason. */
export type IngestOutcome =
  { kind: 'article'; article: IngestedArticle } | { kind: 'failure'; failure: IngestFailure };

/** Where bytes came from, copied into the article. */
export interface SourceMeta {
  /** Absolute path, or `dropped:<name>` for a browser upload. Failures carry it. */
  sourcePath: string;
  /** File name with extension: the format is decided from it. */
  sourceName: string;
  modifiedAtMs: number;
}

const failed = (failure: IngestFailure): IngestOutcome => ({ kind: 'failure', failure });
const isBlank = (text: string): boolean => text.trim() === '';

interface Extracted {
  text: string;
  title: string;
  declaredLanguage: string | undefined;
}

function extract(original: string, format: IngestedArticle['format']): Extracted {
  if (format === 'html') {
    const page = htmlToText(original);
    const text = normaliseText(page.text);
    const pageTitle = page.title ?? page.heading;
    const title = pageTitle ? truncateTitle(normaliseText(pageTitle)) : extractTitle(text);
    return { text, title, declaredLanguage: page.lang };
  }
  const text = normaliseText(original);
  const title = format === 'md' ? extractMarkdownTitle(text) : extractTitle(text);
  return { text, title, declaredLanguage: undefined };
}

/**
 * Ingests the content of one file, checking in this order: a supported extension
 * (`.txt`, `.md`/`.markdown`, `.html`/`.htm`, else `unsupported-type`), the size limit
 * (`too-large`), zero bytes (`empty`), binary content (`binary`), the encoding
 * (`undecodable`), whitespace only (`empty`). Then extracts the text (HTML to text),
 * normalises it (`normaliseText`), hashes it, and finds a title (the file name when the
 * text offers none) and a language. `original` keeps the decoded source before extraction
 * and normalisation. Pure: no I/O, never throws for any content.
 */
export function ingestBytes(bytes: Uint8Array, meta: SourceMeta): IngestOutcome {
  const path = meta.sourcePath;
  const format = formatOfName(meta.sourceName);
  if (format === undefined) return failed(unsupportedTypeFailure(path));
  if (bytes.length > MAX_FILE_BYTES) return failed(tooLargeFailure(path, bytes.length));
  if (bytes.length === 0) return failed(emptyFailure(path, 'no bytes'));

  const verdict = detectBinary(bytes);
  if (verdict.isBinary) return failed(binaryFailure(path, verdict.reason));

  const declaredCharset = format === 'html' ? sniffHtmlCharset(bytes) : undefined;
  const decoded = decodeText(bytes, { declaredCharset });
  if (decoded.kind === 'undecodable') return failed(undecodableFailure(path, decoded.reason));
  const original = decoded.text;
  if (isBlank(original)) return failed(emptyFailure(path, 'only whitespace'));

  const { text, title, declaredLanguage } = extract(original, format);
  if (isBlank(text)) return failed(emptyFailure(path, 'no readable text'));

  return {
    kind: 'article',
    article: {
      sourcePath: path,
      sourceName: meta.sourceName,
      format,
      sizeBytes: bytes.length,
      modifiedAtMs: meta.modifiedAtMs,
      encoding: decoded.encoding,
      text,
      textSha256: hashText(text),
      title: title || basename(meta.sourceName, extname(meta.sourceName)),
      language: guessLanguage(text, declaredLanguage),
      original,
    },
  };
}

/**
 * Ingestion limits, in one place so the UI, the docs and the tests state the same numbers.
 */
import type { ArticleFormat } from '../../preload/api';

/** Largest text file (`.txt`, `.md`, `.html`) accepted: 20 MiB. Larger files are refused before they are read. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Largest PDF or DOCX accepted: 50 MiB. These formats carry fonts and images around a
 * much smaller text, so a long report is larger on disk than its text dump would be.
 */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

/** The largest file any format accepts (what `AppInfo.maxFileBytes` states). */
export const MAX_ANY_FILE_BYTES = Math.max(MAX_FILE_BYTES, MAX_DOCUMENT_BYTES);

/** The size limit of a format. */
export function maxBytesOf(format: ArticleFormat): number {
  return format === 'pdf' || format === 'docx' ? MAX_DOCUMENT_BYTES : MAX_FILE_BYTES;
}

/**
 * Most bytes the XML parts of a DOCX may expand to: a zip bomb (a few KB inflating to
 * gigabytes) is refused before the document is parsed.
 */
export const MAX_DOCX_XML_BYTES = 64 * 1024 * 1024;

/** Most characters of text extracted from a PDF or DOCX, like the text-file limit. */
export const MAX_EXTRACTED_CHARS = 20 * 1024 * 1024;

/** Most pages of a PDF read. */
export const MAX_PDF_PAGES = 5_000;

/** Longest a PDF or DOCX extraction may take before the file is refused. */
export const MAX_EXTRACTION_MS = 30_000;

/** Most files one folder scan lists; the rest are reported as skipped (`too-many-files`). */
export const MAX_FOLDER_FILES = 20_000;

/** Deepest folder nesting a scan descends into. */
export const MAX_FOLDER_DEPTH = 32;

/** File name endings ingested now (lower case, with the dot). */
export const SUPPORTED_EXTENSIONS = [
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.pdf',
  '.docx',
] as const;

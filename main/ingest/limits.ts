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
 * Most bytes one part of a DOCX may inflate to, by the size its zip directory declares and
 * by the bytes it actually inflates to. Every part counts, whatever its name: mammoth reads
 * the parts the relationships point to (`word/main.bin` serves as well as
 * `word/document.xml`), each one whole, in memory.
 */
export const MAX_DOCX_PART_BYTES = 64 * 1024 * 1024;

/**
 * Most bytes all the parts of a DOCX may inflate to together (declared and actual).
 * Pictures are stored already compressed (JPEG, PNG inflate about 1:1), so a 50 MB file
 * of pictures stays well below; a few kilobytes that inflate to gigabytes do not.
 */
export const MAX_DOCX_TOTAL_BYTES = 128 * 1024 * 1024;

/**
 * Most characters (UTF-16 code units) of an article's text, whatever its format. A longer
 * text is refused with a message, never cut: an analyst must not annotate half a document
 * believing it whole.
 */
export const MAX_ARTICLE_CHARS = 20 * 1024 * 1024;

/**
 * Most heap (V8 old generation, MB) the PDF and DOCX reader may use. mammoth holds a
 * part's whole XML tree: about 50 bytes of heap per byte of XML, so 1 GB reads a
 * document.xml of about 20 MB (thousands of pages); past it the reader is stopped.
 */
export const MAX_EXTRACTION_HEAP_MB = 1024;

/** Most pages of a PDF read. */
export const MAX_PDF_PAGES = 5_000;

/**
 * Longest a PDF or DOCX extraction may take before the file is refused: the reader runs in
 * a worker thread that is terminated at this limit, whatever it is doing.
 */
export const MAX_EXTRACTION_MS = 30_000;

/**
 * Longest one saved HTML page may take in its worker (`html/html-runner.ts`). Readability
 * reads the largest real test page (1.6 MB) in about a second; the page's bounds
 * (`fitsDom`) keep any page far below this, so reaching it means a bug, not a big page.
 */
export const MAX_HTML_EXTRACTION_MS = 20_000;

/**
 * Most heap (V8 old generation, MB) an HTML page's worker may use. A 20 MB page (the text
 * limit) holds its text a few times over as UTF-16 strings, plus a DOM of at most
 * `MAX_DOM_ELEMENTS`: well under this.
 */
export const MAX_HTML_HEAP_MB = 512;

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

/** Which article format a file name announces. */
import { extname } from 'node:path';
import type { ArticleFormat } from '../../preload/api';

const FORMAT_BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

/** Formats whose text is extracted from a binary document rather than decoded. */
export function isDocumentFormat(format: ArticleFormat): format is 'pdf' | 'docx' {
  return format === 'pdf' || format === 'docx';
}

/**
 * The format of a file from its extension, case-insensitively (`Report.HTM` is `html`), or
 * `undefined` for any other extension, or none. Agrees with `SUPPORTED_EXTENSIONS`.
 */
export function formatOfName(name: string): ArticleFormat | undefined {
  return FORMAT_BY_EXTENSION[extname(name).toLowerCase()];
}

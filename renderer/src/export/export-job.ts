/**
 * What the Export dialog asks of its worker, and what the worker answers. The worker reads
 * the set from IndexedDB itself and runs the format there, so the page's thread only passes
 * chunks to the host; these messages are all that crosses between the two.
 */
import type { AuthorId } from '../annotation/types';
import type { SemEvalScheme } from '../formats/semeval/semeval-export';
import type { Lossiness } from '../formats/shared/lossiness';
import type { ExportFormatId } from '../sets/export-formats';
import type { ArticleChoice } from '../sets/set-repository';
import type { ContentChunk } from './content-chunks';

/** One export: whose set, which articles, which format, stamped once by the dialog. */
export interface ExportJob {
  /**
   * The page's workspace database (`db.name`). A worker has no `localStorage`, where the
   * pointer to a restored workspace lives, so it must be told, or it would read the
   * database the workspace was restored away from.
   */
  database: string;
  author: AuthorId;
  articles: ArticleChoice;
  format: ExportFormatId;
  includeTexts: boolean;
  appVersion: string;
  semevalScheme: SemEvalScheme;
  /** ISO 8601 UTC: the file's name and stamp, so the worker's output is reproducible. */
  exportedAt: string;
}

/** What the file holds, counted by the format as it wrote it (`ExportOutput` without content). */
export interface ExportTally {
  fileName: string;
  mimeType: string;
  lossiness: Lossiness;
  notes: string[];
  annotationCount: number;
  selectedCount: number;
}

/** Page → worker: start the job, then pull chunks one at a time (the host's pace). */
export type ToExportWorker = { kind: 'start'; job: ExportJob } | { kind: 'pull' };

/** Worker → page. */
export type FromExportWorker =
  /** Articles read so far, of `total`. */
  | { kind: 'reading'; done: number; total: number }
  /** The file is built: its counts, and how many chunks it will come in. */
  | { kind: 'built'; tally: ExportTally; chunks: number }
  /** The next chunk; `last` on the final one (an empty file sends one empty chunk). */
  | { kind: 'chunk'; chunk: ContentChunk; last: boolean }
  | { kind: 'failed'; reason: string };

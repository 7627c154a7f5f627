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
  /**
   * The dialog's count of the set, for progress only: a set read as rows in key order is
   * counted as it is written (`set-reads.ts` `isReadAsRows`).
   */
  expectedAnnotations?: number;
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

/**
 * Page → worker: start the job; then `pull` once the file is open and after each chunk is
 * written (the host's pace: the worker sends no chunk before the one before was taken).
 * In browser mode (`bridgeToken`) the worker appends its chunks to the bridge itself, so
 * they never pass through the page's thread: the page answers the file with `write` (the
 * open write's id) instead of pulls.
 */
export type ToExportWorker =
  | { kind: 'start'; job: ExportJob; bridgeToken?: string }
  | { kind: 'pull' }
  | { kind: 'write'; writeId: string };

/** Worker → page. */
export type FromExportWorker =
  /** Articles read so far, of `total` (a first pass, or the whole set for a built file). */
  | { kind: 'reading'; done: number; total: number }
  /** The file's name: the page opens the host's write, then pulls. */
  | { kind: 'file'; fileName: string }
  /** The next piece of the file, and how far the writing is (records, or chunks). */
  | { kind: 'chunk'; chunk: ContentChunk; progress: { done: number; total: number } }
  /** A piece the worker appended to the host itself (browser mode), and how far it is. */
  | { kind: 'written'; progress: { done: number; total: number } }
  /** Every chunk is taken: the page closes the file. What it holds, counted by the format. */
  | { kind: 'end'; tally: ExportTally }
  | { kind: 'failed'; reason: string };

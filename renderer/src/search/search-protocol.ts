/**
 * The messages between the page and the search worker, and the result rows they carry.
 * Results are found in batches, the first as soon as the first read of texts confirms any, so
 * a search over 10,000 articles shows its first rows without waiting for the last article.
 * The rows stay in the worker (`result-keeper.ts`): the page is told how many there are, with
 * the first screenful, and asks for the rows it shows by index. Sending every row (51,000 for
 * a common word) cost the page's thread seconds per search in structured-clone reads and row
 * bookkeeping (profiled), for rows nobody scrolled to.
 */
import type { TouchedKeys } from '../db/mutated-keys';
import type { SearchVocabulary } from './search-vocabulary';

/** One concordance line: a hit (or a matching annotation) with its context. */
export interface ResultRow {
  articleId: string;
  /** Offsets of the hit in the stored text; both -1 for a match in the title or bylines only. */
  start: number;
  end: number;
  left: string;
  match: string;
  right: string;
  /** Items of the annotations over the hit (for chips), at most four. */
  itemIds: string[];
  title: string;
  publishedDate: string;
  outlet: string;
  language: string;
}

/** What a finished search counted, so nothing is dropped silently. */
export interface SearchSummary {
  rows: number;
  articles: number;
  /** Articles the index proposed and the text check refused (a phrase out of order…). */
  rejected: number;
  /** Articles with no publication date, left out by a date filter. */
  undated: number;
  /** Candidate articles whose stored text was missing. */
  missingTexts: number;
  elapsedMs: number;
}

export interface SearchOptions {
  includeChrome: boolean;
  vocabulary: SearchVocabulary;
}

/** Which tables a write touched (Dexie's `storagemutated` keys). */
export interface TouchedTables {
  articles: TouchedKeys;
  texts: TouchedKeys;
  annotations: TouchedKeys;
  /** Packs, statuses, analysts or entities: read again whole. */
  packs: boolean;
  statuses: boolean;
  names: boolean;
}

/**
 * A search's rows the page asks for, by the search's id (`ask` numbers the answer):
 * rows `[from, to)`; the CSV of them all, `labels` naming item ids; the hits "Tag all" needs; the distinct articles.
 */
export type ResultQuestion =
  | { kind: 'rows'; ask: number; id: number; from: number; to: number }
  | { kind: 'csv'; ask: number; id: number; labels: Record<string, string> }
  | { kind: 'tag-hits'; ask: number; id: number }
  | { kind: 'articles'; ask: number; id: number };

/** What "Tag all results" needs of each row: where the hit is and what it read. */
export type TagHit = Pick<ResultRow, 'articleId' | 'start' | 'end' | 'match'>;

/** Tag hits in columns: one array of strings clones far faster than 51,000 objects. */
export interface TagHitColumns {
  articleIds: string[];
  starts: Int32Array;
  ends: Int32Array;
  matches: string[];
}

export type ResultAnswer =
  | { kind: 'rows'; ask: number; from: number; rows: ResultRow[] }
  | { kind: 'csv'; ask: number; csv: string }
  | { kind: 'tag-hits'; ask: number; hits: TagHitColumns }
  | { kind: 'articles'; ask: number; articleIds: string[] }
  /** The search's rows are not kept (released, or dropped for newer ones). */
  | { kind: 'gone'; ask: number; error: string };

export type ToSearchWorker =
  /** First, always: the workspace database to open. */
  | { kind: 'open'; database: string }
  | { kind: 'search'; id: number; query: string; options: SearchOptions }
  | { kind: 'cancel'; id: number }
  /** The page drew the search's first rows: it may read on (`SearchEngine.drawn`). */
  | { kind: 'drawn'; id: number }
  /** The page needs the search's rows no more: the worker forgets them. */
  | { kind: 'release'; id: number }
  | { kind: 'touched'; tables: TouchedTables }
  | { kind: 'ask'; question: ResultQuestion };

/** What the engine reports (`search-engine.ts`); the worker keeps the rows it finds. */
export type EngineMessage =
  | { kind: 'indexing'; done: number; total: number }
  | { kind: 'ready'; articles: number; annotations: number; loadedMs: number; fromStore: boolean }
  | { kind: 'rows'; id: number; rows: ResultRow[] }
  | { kind: 'done'; id: number; summary: SearchSummary }
  | { kind: 'invalid'; id: number; error: string }
  | { kind: 'failed'; id: number | null; error: string };

export type FromSearchWorker =
  | Exclude<EngineMessage, { kind: 'rows' }>
  /**
   * Rows found so far: their count, and the first `HEAD_ROWS` of them while the head is not
   * yet full, so the first screen needs no question (and no wait behind the next batch).
   */
  | { kind: 'found'; id: number; count: number; head?: ResultRow[] }
  | { kind: 'answer'; answer: ResultAnswer };

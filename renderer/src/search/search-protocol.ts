/**
 * The messages between the page and the search worker, and the result rows they carry.
 * Results come in batches, the first as soon as the first read of texts confirms any, so a
 * search over 10,000 articles shows its first rows without waiting for the last article.
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

export type ToSearchWorker =
  /** First, always: the workspace database to open. */
  | { kind: 'open'; database: string }
  | { kind: 'search'; id: number; query: string; options: SearchOptions }
  | { kind: 'cancel'; id: number }
  | { kind: 'touched'; tables: TouchedTables };

export type FromSearchWorker =
  | { kind: 'indexing'; done: number; total: number }
  | { kind: 'ready'; articles: number; annotations: number; loadedMs: number; fromStore: boolean }
  | { kind: 'rows'; id: number; rows: ResultRow[] }
  | { kind: 'done'; id: number; summary: SearchSummary }
  | { kind: 'invalid'; id: number; error: string }
  | { kind: 'failed'; id: number | null; error: string };

/**
 * What the search engine reads and writes, as an interface: the worker implements it over
 * Dexie (`dexie-search-source.ts`), unit tests over plain arrays.
 */
import type { Annotation } from '../annotation/types';
import type {
  AnalystRecord,
  ArticleRecord,
  ArticleStatusRecord,
  ArticleTextRecord,
  EntityRecord,
} from '../db/records';

/** The persisted index: its JSON and the stamp of each article it was built from. */
export interface StoredIndex {
  json: string;
  stamps: Record<string, string>;
  /** Articles whose words the index cannot vouch for (`search-index.ts`). */
  inexact: string[];
}

export interface SearchSource {
  listArticles(): Promise<ArticleRecord[]>;
  getArticles(ids: readonly string[]): Promise<(ArticleRecord | undefined)[]>;
  getTexts(ids: readonly string[]): Promise<(ArticleTextRecord | undefined)[]>;
  /** Every annotation, rows and packs. */
  listAnnotations(): Promise<Annotation[]>;
  /** Annotations stored as rows, by id (`undefined` when deleted). */
  getAnnotationRows(ids: readonly string[]): Promise<(Annotation | undefined)[]>;
  listStatuses(): Promise<ArticleStatusRecord[]>;
  listAnalysts(): Promise<AnalystRecord[]>;
  listEntities(): Promise<EntityRecord[]>;
  loadIndex(): Promise<StoredIndex | undefined>;
  /** Replaces the stored index in one transaction. */
  saveIndex(index: StoredIndex): Promise<void>;
}

/**
 * The rows the renderer keeps in IndexedDB. Metadata and text live in separate tables so
 * that listing the library never reads a whole article (texts go up to 20 MB).
 */
import type { ArticleFormat, ArticleMetadata, ChromeRange, TextRange } from '../../../preload/api';
import type { Annotation, AuthorId, RegistryEntity } from '../annotation/types';

/** An article's id: a random UUID, fixed when the article is first stored. */
export type ArticleId = string & { __brand: 'ArticleId' };

/** An annotation's id: a random UUID. */
export type AnnotationId = string & { __brand: 'AnnotationId' };

/** Everything about an article except its text: what the library lists. */
export interface ArticleRecord {
  id: ArticleId;
  title: string;
  /** Absolute path the text came from, or `dropped:<name>` for browser uploads. */
  sourcePath: string;
  sourceName: string;
  format: ArticleFormat;
  sizeBytes: number;
  modifiedAtMs: number;
  encoding: string;
  /** ISO 639-1 code, or `und` when unknown. */
  language: string;
  /** SHA-256 of the stored text's UTF-8 bytes: two files with the same text are one article. */
  textSha256: string;
  /** Length of the stored text in UTF-16 code units, the unit of every offset into it. */
  textLength: number;
  /** When the article entered the library, as an ISO 8601 string. */
  addedAt: string;
  /** True while the source file is gone from disk; the article and its annotations stay. */
  sourceMissing?: boolean;
  /** Archived by the analyst: hidden from the library unless "Show archived" is on. */
  archived?: boolean;
  /**
   * Bylines, date, dateline, outlet and suggestions found at ingestion; clues for the
   * analyst, never applied silently. Absent on articles stored before it existed.
   */
  metadata?: ArticleMetadata;
  /**
   * The analyst's corrections of the title, language and `metadata`; each field present
   * wins for display, while `metadata` stays as ingestion found it. Not indexed.
   */
  metadataEdits?: MetadataEdits;
}

/**
 * What the library's row and the statistics show of an article, derived from its record
 * (`library/article-row.ts`) and kept in step with it in the same transaction
 * (`db/article-rows.ts`): the library reads these small rows, not the whole records with
 * their ingestion metadata (5 s for 10,000 against well under one).
 */
export interface ArticleRowRecord {
  id: ArticleId;
  /** As shown: the analyst's correction wins, and so for the fields below. */
  title: string;
  language: string;
  outlet: string;
  /** The byline's and the signature's people, by name, comma-separated. */
  byline: string;
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` when the time is known; `''` when unknown. */
  publishedDate: string;
  addedAt: string;
  sourceName: string;
  sourcePath: string;
  archived?: boolean;
  sourceMissing?: boolean;
}

/** The article fields an analyst can correct in the reader's header. */
export type MetadataField =
  | 'title'
  | 'byline'
  /** Who signs the piece (an op-ed's author at its end), apart from the byline's writer. */
  | 'signedBy'
  | 'outlet'
  | 'publishedDate'
  | 'dateline'
  | 'language';

/** The analyst's corrections of one article's metadata. */
export interface MetadataEdits {
  /** Each corrected field as the analyst wrote it; `''` says the article has none. */
  fields: Partial<Record<MetadataField, string>>;
  /** Ingestion's suggestions the analyst dismissed, as `field:value`. */
  dismissedSuggestions: string[];
  /** When the last correction was made (ISO 8601). */
  editedAt: string;
}

/**
 * An article's text, stored apart from its metadata and keyed by the article's id. What the
 * reader needs to open the article, and no more: IndexedDB reads a row whole, so the
 * original and page text live in `ArticleOriginalRecord` (schema 10).
 */
export interface ArticleTextRecord {
  articleId: ArticleId;
  /** The immutable text every annotation offset counts into (NFC, `\n` line endings). */
  text: string;
  /** Article body in `text` (UTF-16 offsets); absent on texts stored before it existed. */
  bodyRanges?: TextRange[];
  /** Page chrome in `text`; absent on texts stored before it existed. */
  chromeRanges?: ChromeRange[];
  /** Whether the article's `ArticleOriginalRecord` holds a `pageText` (the reader offers it). */
  hasPageText?: true;
}

/**
 * What an article was made from, read only on request (exports, the "Full page text"
 * dialog), keyed by the article's id: one per `ArticleTextRecord`.
 */
export interface ArticleOriginalRecord {
  articleId: ArticleId;
  /** The decoded source before extraction (raw HTML for `.html` files). */
  original: string;
  /** For HTML pages, the whole page as text, for reference (see `IngestedArticle`). */
  pageText?: string;
}

/** An article's text row as schema 9 and earlier stored it, original and page text inside. */
export type LegacyArticleTextRecord = ArticleTextRecord & { original?: string; pageText?: string };

/** An annotation row: the model of `annotation/types.ts`, stored as it is. */
export type AnnotationRecord = Annotation;

/**
 * One author's imported annotations on one article, stored as a single row. IndexedDB costs
 * about 50 µs per row written in Chromium whatever the row's size, so a colleague's set of
 * 100,000 annotations takes 10 s as rows and well under 1 s as 1,000 packs. An annotation
 * lives in exactly one place: a row of `annotations` or one pack. The first edit that touches
 * a packed annotation moves its whole pack into rows (`store/annotation-storage.ts`).
 */
export type AnnotationPackRecord = {
  articleId: ArticleId;
  author: AuthorId;
  /**
   * Set on a pack a restore wrote from the backup's annotation rows (`backup/row-packs.ts`):
   * its annotations are rows to a backup, which spells them as such again.
   */
  heldAsRows?: true;
} & (
  | {
      /**
       * The annotations as one JSON string, as imports write packs now: Chromium stores a
       * string several times faster than the same annotations as objects (100,000
       * annotations in 1,000 packs: 0.9 s against 2.5 s to commit), and a pack is only ever
       * read whole. Read through `packedAnnotations` (`store/annotation-storage.ts`).
       */
      annotationsJson: string;
    }
  | {
      /** The annotations as objects, as packs written before the JSON form hold them. */
      annotations: Annotation[];
    }
);

/**
 * The ids a pack holds, in a small row of their own beside it: finding the pack of an
 * annotation, or every packed id (an import's duplicates), reads these, not the packs.
 */
export interface AnnotationPackIdsRecord {
  articleId: ArticleId;
  author: AuthorId;
  annotationIds: AnnotationId[];
  /** As on its pack: the pack holds annotation rows a restore packed. */
  heldAsRows?: true;
}

/** A canonical entity of the project-wide registry. */
export type EntityRecord = RegistryEntity;

/** One version of a codebook, kept forever so old annotations still resolve their labels. */
export interface CodebookVersionRecord {
  codebookId: string;
  version: number;
  /** The codebook document as `codebook/codebook-types.ts` defines it. */
  codebook: unknown;
  savedAt: string;
}

/** An analyst whose annotations are in this profile: this one, or a colleague by import. */
export interface AnalystRecord {
  id: AuthorId;
  name: string;
  /** `self` for this profile's analyst, `colleague` for imported sets, `gold` for adjudicated sets. */
  role: 'self' | 'colleague' | 'gold';
  /** When a set of theirs was last imported (ISO 8601), for colleagues. */
  importedAt?: string;
}

/** One comment of the short review thread on an annotation; exported with the set. */
export interface CommentRecord {
  id: string;
  annotationId: AnnotationId;
  articleId: ArticleId;
  author: AuthorId;
  body: string;
  createdAt: string;
}

/**
 * An earlier text of an article, kept when its file changed on disk: annotations that could
 * not be re-anchored stay attached to the version they were made on.
 */
export interface ArticleVersionRecord {
  articleId: ArticleId;
  /** 1 for the first text, then one more for each change. */
  version: number;
  text: string;
  textSha256: string;
  replacedAt: string;
}

/** Names of the app's persistent settings. */
export type SettingKey =
  | 'samplesSeeded'
  | 'analyst'
  | 'activeCodebook'
  | 'snapToWords'
  /** Days the trash keeps a deleted item (`trash/trash-retention.ts`). */
  | 'trashRetentionDays'
  // The Settings screen's preferences (`settings/app-settings.ts`).
  | 'theme'
  | 'readingFont'
  | 'readingSize'
  | 'lineSpacing'
  | 'defaultExportFormat'
  /** The article and scroll position the reader was left on (`settings/last-reading.ts`). */
  | 'lastReading'
  /** The library's "Getting started" steps were dismissed (`help/GettingStarted.tsx`). */
  | 'gettingStartedDismissed';

/** One setting: a key and a JSON-compatible value. */
export interface SettingRecord {
  key: SettingKey;
  value: unknown;
}

/**
 * The site-chrome index: how many of the page dumps (`.txt`, `.md`) the library holds from
 * one folder contain one line (trimmed, short enough to be chrome). Kept in step with the
 * articles in their own transactions, so an import asks the index which of a folder's lines
 * repeat, instead of reading the folder's texts for every chunk.
 */
export interface SiteLineRecord {
  /** The directory part of the dumps' `sourcePath`. */
  folder: string;
  line: string;
  /** Dumps of the folder holding the line, at least 1 (a row at 0 is deleted). */
  pages: number;
}

/** How many page dumps the library holds from one folder: the witnesses of its lines. */
export interface SiteFolderRecord {
  folder: string;
  pages: number;
}

/**
 * A deleted article, imported set or codebook item, kept whole for `days` so it can be put
 * back exactly as it was (`rows`: every table's rows the delete removed, by table name).
 */
export interface TrashRecord {
  id: string;
  kind: 'article' | 'importedSet' | 'codebookItem';
  /** What the trash list shows: the article's title, the set's analyst, the item's name. */
  label: string;
  deletedAt: string;
  /** When the trash empties it on its own (deletedAt + the retention in days). */
  purgeAfter: string;
  rows: Record<string, unknown[]>;
}

/** One stored step of the undo history, so undo survives a restart (newest has the highest seq). */
export interface UndoStepRecord {
  seq?: number;
  at: string;
  /** The step as the edit history serialises it. */
  step: unknown;
}

/** A named search the analyst saved; it can select articles for export, review and agreement. */
export interface SavedQueryRecord {
  id: string;
  name: string;
  query: unknown;
  createdAt: string;
  updatedAt: string;
}

/** The persisted full-text index, in chunks keyed by name, so a restart doesn't rebuild it. */
export interface SearchIndexRecord {
  key: string;
  value: unknown;
}

/** Where one analyst stands on one article. */
export type ArticleStatus = 'new' | 'in-progress' | 'done';

/** One analyst's status of one article (absent means "new"). */
export interface ArticleStatusRecord {
  articleId: ArticleId;
  analyst: string;
  status: ArticleStatus;
  updatedAt: string;
}

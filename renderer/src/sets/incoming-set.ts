/**
 * What an imported file holds once read, whatever its format: articles keyed by the file's
 * own ids (matched to the library later), annotations pointing at those keys, entities,
 * review comments on those annotations, and the items the reader already refused. Plain
 * data, so reading stays pure and testable.
 */
import type { Annotation, RegistryEntity } from '../annotation/types';
import type { Codebook } from '../codebook/codebook-types';
import type { ArticleId } from '../db/records';
import type { SetAuthor } from '../formats/native/annotation-set';
import type { SetComment } from '../formats/native/set-comments';

/** An article of the file; `key` is what its annotations' `articleId` holds. */
export interface IncomingArticle {
  key: string;
  title: string;
  sourceName: string;
  /** The file's stated SHA-256 of the text (native, W3C). */
  textSha256?: string;
  /** The text, in normal form when a text format's reader placed its spans there. */
  text?: string;
  /** The file as given (a BOM, CRLF, decomposed accents), stored beside the normal text. */
  original?: string;
  /** The file's own article id, reused when the article is created and the id is free. */
  preferredId?: ArticleId;
}

/** An annotation of the file and where it was in it (`annotations[3]`, `a.ann:7`). */
export interface IncomingAnnotation {
  annotation: Annotation;
  location: string;
  /** What reading dropped from it (an attribute of the wrong type), one reason each. */
  dropped?: readonly string[];
  /**
   * How reading placed its span in the article's normal text, when not exactly at the
   * file's offsets: `moved` (widened to whole characters) or `unverified` (its quote is not
   * the text there: to re-anchor). Never reported as simply imported.
   */
  placedAs?: { kind: 'moved' | 'unverified'; detail: string };
}

/** A review comment of the file, on an annotation by its id in the file. */
export interface IncomingComment {
  comment: SetComment;
  location: string;
}

/** An item refused while reading the file. */
export interface ReadProblem {
  location: string;
  reason: string;
  id?: string;
  /** The item is a review comment (counted apart from annotations in the report). */
  isComment?: true;
}

/** A read file. */
export interface IncomingSet {
  formatLabel: string;
  /** Authors the file names; annotations of other authors get their id as name. */
  authors: SetAuthor[];
  articles: IncomingArticle[];
  annotations: IncomingAnnotation[];
  entities: RegistryEntity[];
  /** Review threads (native and W3C files); absent when the format has none. */
  comments?: IncomingComment[];
  problems: ReadProblem[];
  /** What reading found worth saying beside the items (spans read as covered by others). */
  notes?: string[];
  /**
   * A new version of the active codebook holding the labels the analyst chose to add
   * (`label-mapping.ts`): stored, and made active, in the import's transaction.
   */
  codebookVersion?: Codebook;
}

/** Either a read file or why the whole file is refused. */
export type ReadOutcome = { ok: true; incoming: IncomingSet } | { ok: false; reason: string };

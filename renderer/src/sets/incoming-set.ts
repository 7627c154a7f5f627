/**
 * What an imported file holds once read, whatever its format: articles keyed by the file's
 * own ids (matched to the library later), annotations pointing at those keys, entities,
 * review comments on those annotations, and the items the reader already refused. Plain
 * data, so reading stays pure and testable.
 */
import type { Annotation, RegistryEntity } from '../annotation/types';
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
  text?: string;
  /** The file's own article id, reused when the article is created and the id is free. */
  preferredId?: ArticleId;
}

/** An annotation of the file and where it was in it (`annotations[3]`, `a.ann:7`). */
export interface IncomingAnnotation {
  annotation: Annotation;
  location: string;
  /** What reading dropped from it (an attribute of the wrong type), one reason each. */
  dropped?: readonly string[];
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
}

/** Either a read file or why the whole file is refused. */
export type ReadOutcome = { ok: true; incoming: IncomingSet } | { ok: false; reason: string };

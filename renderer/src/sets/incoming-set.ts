/**
 * What an imported file holds once read, whatever its format: articles keyed by the file's
 * own ids (matched to the library later), annotations pointing at those keys, entities, and
 * the items the reader already refused. Plain data, so reading stays pure and testable.
 */
import type { Annotation, RegistryEntity } from '../annotation/types';
import type { ArticleId } from '../db/records';
import type { SetAuthor } from '../formats/native/annotation-set';

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
}

/** An item refused while reading the file. */
export interface ReadProblem {
  location: string;
  reason: string;
  id?: string;
}

/** A read file. */
export interface IncomingSet {
  formatLabel: string;
  /** Authors the file names; annotations of other authors get their id as name. */
  authors: SetAuthor[];
  articles: IncomingArticle[];
  annotations: IncomingAnnotation[];
  entities: RegistryEntity[];
  problems: ReadProblem[];
}

/** Either a read file or why the whole file is refused. */
export type ReadOutcome = { ok: true; incoming: IncomingSet } | { ok: false; reason: string };

/**
 * The unit of exchange between analysts: one author's annotations over some articles,
 * with the registry entities they link to. Offsets stay in the internal unit (UTF-16
 * code units), since the native format is ours and round-trips without loss.
 */
import type { Annotation, AuthorId, CodebookRef, RegistryEntity } from '../../annotation/types';
import type { ArticleId } from '../../db/records';
import type { SetComment } from './set-comments';

/** Who made the set. */
export interface SetAuthor {
  id: AuthorId;
  name: string;
}

/** An article the annotations point into, identified by the SHA-256 of its stored text. */
export interface SetArticle {
  id: ArticleId;
  title: string;
  /** Lowercase hex SHA-256 of the stored, normalised text (UTF-8). */
  textSha256: string;
  /** The full stored text, when the exporter chose to include it. */
  text?: string;
  /** Length of the stored text in UTF-16 code units, so offsets can be checked without it. */
  textLength?: number;
  sourceName: string;
}

/** An exportable annotation set. */
export interface AnnotationSet {
  author: SetAuthor;
  codebook: CodebookRef;
  articles: SetArticle[];
  annotations: Annotation[];
  entities: RegistryEntity[];
  /**
   * Review comments on the set's annotations, in any order (writers sort them). Optional so
   * sets built by code that predates comments still type-check; absent means none.
   */
  comments?: SetComment[];
}

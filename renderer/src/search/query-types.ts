/**
 * A parsed search: a text part (words, phrases, prefixes under AND/OR/NOT, each in the body,
 * the title or the bylines), article filters (outlet, language, date, status, document
 * profile) and conditions one annotation must meet together (label, attributes, analyst,
 * note, linked entity). Plain data: it crosses to the search worker and is stored in saved
 * queries as the text the analyst typed, parsed again when run.
 */

/** Where a text term is looked for. */
export type TextField = 'body' | 'title' | 'byline';

/** Text terms combined with AND / OR / NOT. */
export type TextNode =
  | {
      kind: 'term';
      field: TextField;
      /** The folded terms (one for a word, several for a phrase). */
      terms: string[];
      /** `word*`: the last term is a prefix. */
      isPrefix: boolean;
      /** As typed, for messages. */
      raw: string;
    }
  | { kind: 'and' | 'or'; children: TextNode[] }
  | { kind: 'not'; child: TextNode };

/** An inclusive publication-date range as ISO date prefixes (`2025`, `2025-03`, `2025-03-14`). */
export interface DateRange {
  from: string;
  to: string;
}

/** What an article must be, whatever its text. Values are folded (case and diacritics). */
export interface ArticleFilters {
  outlets: string[];
  languages: string[];
  dates: DateRange[];
  statuses: string[];
  /** Document-profile attribute key → accepted values (genre, authorRole, outletType). */
  profile: Record<string, string[]>;
}

/** One attribute condition: key and value as typed, folded. */
export interface AttributeCondition {
  key: string;
  value: string;
}

/** Conditions a single span annotation meets together; empty when the query has none. */
export interface AnnotationConditions {
  labels: string[];
  attributes: AttributeCondition[];
  analysts: string[];
  notes: string[];
  entities: string[];
}

/** A parsed query, or what is wrong with it. */
export type ParsedQuery =
  | {
      ok: true;
      text: TextNode | null;
      filters: ArticleFilters;
      annotation: AnnotationConditions;
    }
  | { ok: false; error: string };

/** Whether `conditions` asks anything of an annotation. */
export function hasAnnotationConditions(conditions: AnnotationConditions): boolean {
  return (
    conditions.labels.length +
      conditions.attributes.length +
      conditions.analysts.length +
      conditions.notes.length +
      conditions.entities.length >
    0
  );
}

/**
 * Whether `node` can give a result row: only a word, phrase or prefix outside any NOT is a
 * hit (a NOT alone, `-réforme`, holds in many articles but marks no place in any of them).
 */
export function canHaveHits(node: TextNode): boolean {
  switch (node.kind) {
    case 'term':
      return true;
    case 'not':
      return false;
    case 'and':
    case 'or':
      return node.children.some(canHaveHits);
  }
}

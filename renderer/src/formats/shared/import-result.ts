/**
 * What importers return (Hypothesis' ImportResult). The text formats (brat, doccano, Label
 * Studio, SemEval) give the articles they found and one item per annotation line or record,
 * imported as a draft or refused with a reason; the native and W3C importers report each item
 * of their file in the same `ImportItemOutcome` shape, located by list and index. Importers
 * are lenient: a malformed line never stops the rest; a caller wanting all-or-nothing checks
 * `hasImportErrors` before using the drafts.
 */
import type { AttributeValue, TextSpan } from '../../annotation/types';

/**
 * An article text found in the imported files; drafts refer to it by `key`. `text` is the
 * file's text as given (a byte order mark, CRLF and all): the drafts' offsets count into
 * it, and the caller stores its normal form, each span mapped there (`draft-annotations.ts`).
 */
export interface ImportedArticle {
  key: string;
  text: string;
  title?: string;
  /** The article file's own name (`article111.txt`), kept as the article's source name. */
  fileName?: string;
}

/** An annotation read from a file, not yet in the database. */
export interface AnnotationDraft {
  /** The article it belongs to (`ImportedArticle.key`). */
  articleKey: string;
  /** The file's own id for it (`T3`, a doccano entity id), for relations between drafts. */
  localId?: string;
  /** In UTF-16 code units of the article text, converted from the file's code points. */
  span: TextSpan;
  label: string;
  attributes: Record<string, AttributeValue>;
  note: string;
  /** Does the text at the offsets equal the file's stated text? `null` when none is stated. */
  quoteMatches: boolean | null;
  /** The text the file states for the span (brat, Label Studio), when it does not match. */
  statedQuote?: string;
  /** Attribution links to other drafts of the same article, by `localId`. */
  links?: { source?: string; cue?: string };
  /** A Wikidata QID the file links the mention to (brat normalisation). */
  wikidataQid?: string;
}

/**
 * The outcome for one item of an imported file, shared by every importer: imported, a
 * duplicate of an item already seen in the same file, or refused with a reason. `Where`
 * locates the item in the file; `Found` is what the item yields (an id, a draft), which a
 * refused item carries as far as it could be read.
 */
export type ImportItemOutcome<Where extends object, Found extends object> =
  | ({ kind: 'imported' } & Where & Found)
  | ({ kind: 'duplicate' } & Where & Found)
  | ({ kind: 'error'; reason: string } & Where & Partial<Found>);

/** Which list of a native or W3C file an item came from. */
export type ItemSection = 'articles' | 'annotations' | 'entities' | 'comments';

/** An item of a native or W3C file: its list, its index there, and its id. */
export type ImportItemResult = ImportItemOutcome<
  { section: ItemSection; index: number },
  { id: string }
>;

/** One record of a text format: where it was (`location`, e.g. `a.ann:3`) and its draft. */
export type ImportItem = ImportItemOutcome<{ location: string }, { draft: AnnotationDraft }>;

/** An importer's answer. */
export interface ImportResult {
  articles: ImportedArticle[];
  items: ImportItem[];
  /** What the user should know beside the items (lines read as covered by others, files passed over). */
  notes?: string[];
}

/** The drafts of the imported items. */
export function importedDrafts(result: ImportResult): AnnotationDraft[] {
  return result.items.flatMap((item) => (item.kind === 'imported' ? [item.draft] : []));
}

/** Whether any item was refused (for callers that import all or nothing). */
export function hasImportErrors(result: ImportResult): boolean {
  return result.items.some((item) => item.kind === 'error');
}

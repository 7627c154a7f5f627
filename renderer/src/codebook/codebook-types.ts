/**
 * The codebook model: the label set analysts annotate with. Items form a tree (categories
 * are items too); annotations point at items by id, so an id never changes once shipped,
 * and a retired item stays in the codebook so that old annotations still resolve.
 *
 * Plain TypeScript: no DOM, React, Dexie or Node import.
 */
import type { CodebookItemId } from '../annotation/types';

export type { CodebookItemId };

/** The `type` of a codebook file's envelope. */
export const CODEBOOK_FILE_TYPE = 'sourcemark-codebook';

/** The file format version this build writes; it reads this and every older one. */
export const CODEBOOK_FORMAT_VERSION = 1;

/** Where an item may be used: on a span of text, on the whole document, or both. */
export type CodebookScope = 'span' | 'document' | 'both';

/** The four CoNLL-2003 entity classes. */
export type ConllLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

/**
 * The item's exact label in external schemes, so that exports are exact. Known schemes are
 * typed; others (`clef`, `claimbuster`, `disarm`, a user's own) are kept as strings.
 */
export interface ExternalLabels {
  /** SemEval-2023 task 3 technique or frame string (`Name_Calling-Labeling`). */
  semeval2023?: string;
  /** Propaganda Techniques Corpus, SemEval-2020 task 11 (`Name_Calling,Labeling`). */
  ptc2020?: string;
  conll?: ConllLabel;
  /** OntoNotes 5 entity type (`GPE`). */
  ontonotes?: string;
  /** Media Frames Corpus code (`1.0` … `15.0`). */
  mfc?: string;
  readonly [scheme: string]: string | undefined;
}

/** One choice of a choice attribute. `value` is what annotations store. */
export interface AttributeOption {
  value: string;
  label: string;
  description?: string;
  externalLabels?: Readonly<Record<string, string>>;
}

/** An external scheme an attribute's values come from, with the version they were taken from. */
export interface ExternalScheme {
  name: string;
  version: string;
}

interface AttributeBase {
  /** The key under which annotations store the value; unique on its item. */
  key: string;
  label: string;
  description?: string;
}

/** One value (a string) or, when `isMulti`, several (a string array) from a fixed list. */
export interface ChoiceAttribute extends AttributeBase {
  kind: 'choice';
  isMulti: boolean;
  options: readonly AttributeOption[];
  /** A value from `options` that new annotations start with. */
  defaultValue?: string;
  /** Set when the option values are another scheme's codes (DISARM). */
  externalScheme?: ExternalScheme;
}

/** A yes/no flag (a boolean). */
export interface FlagAttribute extends AttributeBase {
  kind: 'flag';
}

/** Free text (a string); `isRich` when it holds light Markdown. */
export interface TextAttribute extends AttributeBase {
  kind: 'text';
  isRich: boolean;
}

/** Item ids chosen among the children of `fromParentId` (the document's frames). */
export interface ItemChoiceAttribute extends AttributeBase {
  kind: 'item-choice';
  isMulti: boolean;
  fromParentId: CodebookItemId;
}

/** A field an annotation with this item fills in. */
export type AttributeDefinition =
  ChoiceAttribute | FlagAttribute | TextAttribute | ItemChoiceAttribute;

/** One label of the codebook, or a category of labels. */
export interface CodebookItem {
  /** Stable across renames; annotations store it (`technique.loaded-language`). */
  id: CodebookItemId;
  /** Display name. */
  label: string;
  /** The enclosing item; absent for a top-level category. */
  parentId?: CodebookItemId;
  scope: CodebookScope;
  description: string;
  /** Lower-case `#rrggbb`. */
  colour: string;
  /**
   * One character. A top-level item's key is unique among top-level items; any other
   * item's key is unique within its top-level category, so two strokes reach it
   * (`t` then `l`). Absent when the item has no shortcut.
   */
  key?: string;
  externalLabels: ExternalLabels;
  attributes: readonly AttributeDefinition[];
  /** Hidden from the palette and shortcuts, but still resolves for old annotations. */
  retired: boolean;
}

/** A codebook: its items in display order (children in the order they appear). */
export interface Codebook {
  id: string;
  name: string;
  /** Content version: every edit adds one; annotations record it in `CodebookRef`. */
  version: number;
  items: readonly CodebookItem[];
}

/** The envelope a codebook file carries. */
export interface CodebookFile {
  type: typeof CODEBOOK_FILE_TYPE;
  /** Format version (`CODEBOOK_FORMAT_VERSION`), not the content version. */
  version: number;
  exportedAt?: string;
  exportedBy?: string;
  codebook: Codebook;
}

/** What an operation that can be refused returns. */
export type CodebookResult<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Which codebook item a REFI-QDA code stands for. A code Sourcemark exported carries the
 * GUID `codeGuid(itemId)`, so it finds its item again exactly, whatever its name; any other
 * code goes through the label matching every importer uses (label, id or external label),
 * and a code nothing matches keeps its name as the label, for the import's label mapping
 * to settle. Pure.
 */
import type { CodebookItem } from '../../codebook/codebook-types';
import { codeGuid } from './qde-codebook';
import type { RefiCode } from './qde-read-model';

/** What the codebook says about the codes of a project. */
export interface CodeMatcher {
  /** The item id of `code`, or its name when no item matches. */
  itemIdOf(code: RefiCode): string;
  /**
   * Whether a code of `itemId` over a whole text is a document label: REFI-QDA has no other
   * way to say one, so yes, unless the item is known to label spans only.
   */
  isDocumentItem(itemId: string): boolean;
  /**
   * Where a note with no code goes: the document profile's free-notes field when the
   * codebook has one (for a note on a whole source), else an item named by `noteLabel`.
   */
  documentNote: { itemId: string; attributeKey?: string };
  /** The item id of a note on a span with no code. */
  spanNoteItemId: string;
}

/** The label of notes that come with no code, when the codebook has no better place. */
export const NOTE_LABEL = 'Note';

/** Builds the matcher for `items` and the importers' `itemIdForLabel`. */
export function codeMatcher(
  items: readonly CodebookItem[],
  itemIdForLabel: (label: string) => string | undefined,
): CodeMatcher {
  const byGuid = new Map(items.map((item) => [codeGuid(item.id), item.id as string]));
  const byId = new Map(items.map((item) => [item.id as string, item]));
  const profile = items.find(
    (item) =>
      !item.retired &&
      item.scope === 'document' &&
      item.attributes.some((a) => a.kind === 'text' && a.key === 'notes'),
  );
  const noteItem = itemIdForLabel(NOTE_LABEL) ?? NOTE_LABEL;
  return {
    itemIdOf: (code) => byGuid.get(code.guid) ?? itemIdForLabel(code.name) ?? code.name,
    isDocumentItem: (itemId) => byId.get(itemId)?.scope !== 'span',
    documentNote: profile ? { itemId: profile.id, attributeKey: 'notes' } : { itemId: noteItem },
    spanNoteItemId: noteItem,
  };
}

/**
 * The codebook tree flattened into the rows a tree widget shows, depth first in codebook
 * order. Flat rows keep keyboard navigation a matter of moving an index, and let the
 * widget use `aria-level` instead of nested groups. Plain TypeScript: no DOM or React.
 */
import { childrenOf, type CodebookIndex } from '../codebook/codebook-lookup';
import type { CodebookItem, CodebookItemId } from '../codebook/codebook-types';

/** One visible row of the tree. */
export interface TreeRow {
  item: CodebookItem;
  /** 1 for top-level items, as `aria-level` counts. */
  level: number;
  hasChildren: boolean;
  isExpanded: boolean;
  /** 1-based position among its siblings, and their count (`aria-posinset`, `aria-setsize`). */
  posInSet: number;
  setSize: number;
  /** Hidden from annotators because an item above it is retired, though it is not itself. */
  isRetiredByAncestor: boolean;
}

/**
 * The rows to show, retired items included: the editor must reach them to bring them back.
 * Children of an id in `collapsed` are left out. A cycle (which the codebook rules forbid)
 * cannot loop forever: each item is visited once.
 */
export function visibleTreeRows(
  index: CodebookIndex,
  collapsed: ReadonlySet<string> = new Set(),
): TreeRow[] {
  const rows: TreeRow[] = [];
  const seen = new Set<string>();
  const visit = (parentId: CodebookItemId | undefined, level: number, isUnderRetired: boolean) => {
    const siblings = childrenOf(index, parentId, true);
    siblings.forEach((item, i) => {
      if (seen.has(item.id)) return;
      seen.add(item.id);
      const hasChildren = childrenOf(index, item.id, true).length > 0;
      const isExpanded = hasChildren && !collapsed.has(item.id);
      rows.push({
        item,
        level,
        hasChildren,
        isExpanded,
        posInSet: i + 1,
        setSize: siblings.length,
        isRetiredByAncestor: isUnderRetired && !item.retired,
      });
      if (isExpanded) visit(item.id, level + 1, isUnderRetired || item.retired);
    });
  };
  visit(undefined, 1, false);
  return rows;
}

/**
 * The category new items go under when `selected` is selected: the item itself when it is
 * top level or already has children, otherwise its parent, so that "Add item" on a leaf
 * adds a sibling rather than turning the leaf into a group.
 */
export function categoryFor(
  index: CodebookIndex,
  selected: CodebookItem | undefined,
): CodebookItemId | undefined {
  if (!selected) return undefined;
  const hasChildren = childrenOf(index, selected.id, true).length > 0;
  return selected.parentId === undefined || hasChildren ? selected.id : selected.parentId;
}

/** One choice of a parent picker: '' stands for the top level. */
export interface ParentChoice {
  value: string;
  label: string;
}

/**
 * Every item as a possible parent, in tree order and indented by depth, after a top-level
 * choice. Nothing is filtered out: moving under itself is refused by `moveItem` with a
 * message, which tells the analyst more than a missing option would.
 */
export function parentChoices(index: CodebookIndex): ParentChoice[] {
  const indent = '\u2003';
  return [
    { value: '', label: 'Top level (a new category)' },
    ...visibleTreeRows(index).map((row) => ({
      value: row.item.id as string,
      label: `${indent.repeat(row.level - 1)}${row.item.label}${row.item.retired ? ' (retired)' : ''}`,
    })),
  ];
}

/** Short names of known external schemes, for compact display. */
// A Map: scheme names come from codebook files, and `constructor` must not find a member.
const SCHEME_NAMES: ReadonlyMap<string, string> = new Map([
  ['semeval2023', 'SemEval'],
  ['ptc2020', 'PTC'],
  ['conll', 'CoNLL'],
  ['ontonotes', 'OntoNotes'],
  ['mfc', 'MFC'],
]);

/** `SemEval Name_Calling-Labeling · PTC Name_Calling,Labeling`; '' when there are none. */
export function externalLabelSummary(item: CodebookItem): string {
  return Object.entries(item.externalLabels)
    .filter(([, label]) => label !== undefined)
    .map(([scheme, label]) => `${SCHEME_NAMES.get(scheme) ?? scheme} ${label}`)
    .join(' · ');
}

/**
 * Reading a codebook: items by id (retired ones included, so every annotation resolves),
 * children in display order, path labels, two-stroke shortcut resolution and external
 * labels inherited from a group.
 */
import { rootIdOf } from './codebook-invariants';
import type { Codebook, CodebookItem, CodebookItemId } from './codebook-types';

/** A codebook with its items indexed. Build once per codebook version. */
export interface CodebookIndex {
  codebook: Codebook;
  byId: ReadonlyMap<string, CodebookItem>;
  /** Children by parent id, top-level items under ''; in codebook order, retired included. */
  childrenByParent: ReadonlyMap<string, readonly CodebookItem[]>;
}

/** What a sequence of shortcut keys reaches. */
export type KeyResolution =
  | { kind: 'item'; item: CodebookItem }
  /** A category with keyed items under it: wait for the next stroke. */
  | { kind: 'category'; item: CodebookItem }
  | { kind: 'none' };

/** The separator of path labels. */
export const PATH_SEPARATOR = ' › ';

/** Indexes a codebook's items by id and by parent. */
export function indexCodebook(codebook: Codebook): CodebookIndex {
  const byId = new Map<string, CodebookItem>();
  const childrenByParent = new Map<string, CodebookItem[]>();
  for (const item of codebook.items) {
    byId.set(item.id, item);
    const parent = item.parentId ?? '';
    const siblings = childrenByParent.get(parent);
    if (siblings) siblings.push(item);
    else childrenByParent.set(parent, [item]);
  }
  return { codebook, byId, childrenByParent };
}

/** The item with this id, retired or not; undefined when the codebook has none. */
export function getItem(index: CodebookIndex, id: string): CodebookItem | undefined {
  return index.byId.get(id);
}

/**
 * The children of `parentId` (top-level items when undefined) in display order; retired
 * ones only when `includeRetired`.
 */
export function childrenOf(
  index: CodebookIndex,
  parentId: CodebookItemId | undefined,
  includeRetired = false,
): readonly CodebookItem[] {
  const children = index.childrenByParent.get(parentId ?? '') ?? [];
  return includeRetired ? children : children.filter((item) => !item.retired);
}

/** The item and its ancestors, top-level category first; empty for an unknown id. */
export function ancestry(index: CodebookIndex, id: string): CodebookItem[] {
  const chain: CodebookItem[] = [];
  let current = index.byId.get(id);
  while (current && chain.length <= index.byId.size) {
    chain.unshift(current);
    current = current.parentId === undefined ? undefined : index.byId.get(current.parentId);
  }
  return chain;
}

/**
 * The label with its category: "Persuasion techniques › Loaded language" (the two levels
 * its shortcut strokes name), or every level with `isFull`. Unknown ids give ''.
 */
export function pathLabel(index: CodebookIndex, id: string, isFull = false): string {
  const chain = ancestry(index, id);
  const shown = isFull || chain.length <= 2 ? chain : [chain[0], chain[chain.length - 1]];
  return shown.map((item) => item?.label ?? '').join(PATH_SEPARATOR);
}

/** Whether the item exists and neither it nor any item above it is retired. */
export function isUsable(index: CodebookIndex, id: string): boolean {
  const chain = ancestry(index, id);
  return chain.length > 0 && chain.every((item) => !item.retired);
}

function keyedIn(index: CodebookIndex, rootId: string | undefined, key: string) {
  const wanted = key.toLowerCase();
  return index.codebook.items.find(
    (item) =>
      item.key === wanted &&
      isUsable(index, item.id) &&
      (rootId === undefined
        ? item.parentId === undefined
        : item.parentId !== undefined && rootIdOf(index.byId, item.id) === rootId),
  );
}

/**
 * Resolves shortcut strokes: the first names a top-level category, the second an item
 * anywhere inside it (`t`, `l` → Loaded language). Retired items, and items under a retired one, never resolve.
 */
export function resolveKeySequence(index: CodebookIndex, keys: readonly string[]): KeyResolution {
  const [first, second, ...rest] = keys;
  if (first === undefined || rest.length > 0) return { kind: 'none' };
  const category = keyedIn(index, undefined, first);
  if (!category) return { kind: 'none' };
  if (second === undefined) {
    const hasKeyedItems = index.codebook.items.some(
      (item) =>
        item.parentId !== undefined &&
        item.key !== undefined &&
        isUsable(index, item.id) &&
        rootIdOf(index.byId, item.id) === category.id,
    );
    return hasKeyedItems ? { kind: 'category', item: category } : { kind: 'item', item: category };
  }
  const item = keyedIn(index, category.id, second);
  return item ? { kind: 'item', item } : { kind: 'none' };
}

/**
 * The item's label in an external scheme, inherited from the nearest ancestor that has
 * one (Straw man exports to PTC as its group's merged label); undefined when none does.
 */
export function externalLabelOf(
  index: CodebookIndex,
  id: string,
  scheme: string,
): string | undefined {
  const chain = ancestry(index, id);
  for (let i = chain.length - 1; i >= 0; i--) {
    const label = chain[i]?.externalLabels[scheme];
    if (label !== undefined) return label;
  }
  return undefined;
}

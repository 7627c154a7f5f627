/**
 * The project's `<CodeBook>`: the Sourcemark codebook as nested `<Code>` elements, so a
 * QDA tool shows the same hierarchy (Entities › Person). Retired items are written only
 * when an exported annotation still uses them (or an item under them); item ids the
 * codebook does not know (a set made with another codebook version) become top-level
 * codes named by their label, so that no coding points at a missing code.
 */
import type { CodebookItemId } from '../../annotation/types';
import type { CodebookItem } from '../../codebook/codebook-types';
import { nameGuid } from './name-guid';
import type { XmlElement } from './qde-xml';

/** What the code book needs of a codebook item. */
export type QdeCodeItem = Pick<
  CodebookItem,
  'id' | 'label' | 'parentId' | 'colour' | 'description' | 'retired' | 'attributes'
>;

/** The GUID of an item's `<Code>`; every `<CodeRef>` to the item uses the same one. */
export function codeGuid(itemId: string): string {
  return nameGuid(`code:${itemId}`);
}

/**
 * The `<Code>` elements, top level first in codebook order, children nested, for the
 * codebook `items` and the item ids the exported annotations use (`usedIds`, with the
 * label to give those the codebook lacks). Empty when there is nothing to write.
 */
export function codeElements(
  items: readonly QdeCodeItem[],
  usedIds: ReadonlyMap<CodebookItemId, string>,
): XmlElement[] {
  const byId = new Map(items.map((item) => [item.id as string, item]));
  const needed = new Set<string>();
  for (const id of usedIds.keys()) {
    // Bounded walk up the tree: a corrupt codebook with a parent cycle cannot hang the export.
    let current = byId.get(id);
    for (let n = 0; current && n <= items.length && !needed.has(current.id); n++) {
      needed.add(current.id);
      current = current.parentId === undefined ? undefined : byId.get(current.parentId);
    }
  }
  const isWritten = (item: QdeCodeItem) => needed.has(item.id) || !hasRetiredAncestry(item, byId);
  const children = new Map<string, QdeCodeItem[]>();
  for (const item of items) {
    if (!isWritten(item)) continue;
    const parent = item.parentId !== undefined && byId.has(item.parentId) ? item.parentId : '';
    children.set(parent, [...(children.get(parent) ?? []), item]);
  }
  const seen = new Set<string>();
  const element = (item: QdeCodeItem): XmlElement => {
    seen.add(item.id);
    const below = (children.get(item.id) ?? []).filter((child) => !seen.has(child.id));
    return {
      name: 'Code',
      attributes: {
        guid: codeGuid(item.id),
        name: item.label || item.id,
        // Every Sourcemark item can carry annotations, categories included (as ATLAS.ti
        // writes every code codable too).
        isCodable: true,
        color: /^#[0-9a-f]{6}$/i.test(item.colour) ? item.colour.toUpperCase() : undefined,
      },
      children: [
        ...(item.description ? [{ name: 'Description', text: item.description }] : []),
        ...below.map(element),
      ],
    };
  };
  const unknown = [...usedIds].filter(([id]) => !byId.has(id));
  return [
    ...(children.get('') ?? []).map(element),
    ...unknown.map(([id, label]) => ({
      name: 'Code',
      attributes: { guid: codeGuid(id), name: label || id, isCodable: true },
    })),
  ];
}

/** Whether the item or one above it is retired (bounded, as above). */
function hasRetiredAncestry(item: QdeCodeItem, byId: ReadonlyMap<string, QdeCodeItem>): boolean {
  let current: QdeCodeItem | undefined = item;
  for (let n = 0; current && n <= byId.size; n++) {
    if (current.retired) return true;
    current = current.parentId === undefined ? undefined : byId.get(current.parentId);
  }
  return false;
}

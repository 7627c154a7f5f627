/**
 * The label keys a codebook defines, as the status line, the palette and the cheat sheet
 * show them: an item's strokes (`e` `p`), and the items a pending category key leads to.
 * Derived from the same rule `resolveKeySequence` applies, so what is shown is what works.
 * Pure.
 */
import {
  ancestry,
  isUsable,
  resolveKeySequence,
  type CodebookIndex,
} from '../codebook/codebook-lookup';
import { rootIdOf } from '../codebook/codebook-invariants';
import type { CodebookItem } from '../codebook/codebook-types';

/** An item and the strokes that tag with it. */
export interface LabelKey {
  item: CodebookItem;
  strokes: string[];
}

/** The strokes that reach `itemId` (`['e', 'p']`), or undefined when no key sequence does. */
export function keyStrokesOf(index: CodebookIndex, itemId: string): string[] | undefined {
  const chain = ancestry(index, itemId);
  const root = chain[0];
  const item = chain.at(-1);
  if (!root?.key || !item?.key) return undefined;
  const strokes = root === item ? [root.key] : [root.key, item.key];
  const resolved = resolveKeySequence(index, strokes);
  return resolved.kind === 'item' && resolved.item.id === itemId ? strokes : undefined;
}

/** The items reachable under the top-level category `categoryId`, with their strokes. */
export function categoryKeys(index: CodebookIndex, categoryId: string): LabelKey[] {
  return index.codebook.items.flatMap((item) => {
    if (item.parentId === undefined || !isUsable(index, item.id)) return [];
    if (rootIdOf(index.byId, item.id) !== categoryId) return [];
    const strokes = keyStrokesOf(index, item.id);
    return strokes ? [{ item, strokes }] : [];
  });
}

/** Every keyed label of the codebook, category by category, for the cheat sheet. */
export function allLabelKeys(
  index: CodebookIndex,
): { category: CodebookItem; labels: LabelKey[] }[] {
  return index.codebook.items
    .filter((item) => item.parentId === undefined && item.key && isUsable(index, item.id))
    .map((category) => ({ category, labels: categoryKeys(index, category.id) }));
}

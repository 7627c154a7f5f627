/**
 * Keeps what a Lexical update costs from growing with the document. Two of Lexical 0.52's
 * per-update costs grow with every node of a long article, not with what the update
 * changed; on a 50,000-annotation article they were most of a key press (30 ms):
 *
 * - The node map and the key-to-DOM map are copy-on-write maps ("GenMap"): every update
 *   copies the entries written since the last compaction (the nursery), and folds them
 *   into the shared map only once they are half of it. After an article is built the
 *   nursery holds up to half of its nodes. `compactNodeMaps` folds it.
 * - Every update compares the root's text with its cached copy. Lexical builds that text
 *   by joining each element's cached text, so the strings are ropes with a piece per text
 *   node, and the comparison walks 150,000 pieces. `flattenTextCaches` makes each block's
 *   cached text one piece (reading a character makes V8 flatten a rope in place).
 *
 * Lexical offers no API for either: the maps and texts are reached through fields its
 * types declare (`_nodeMap`, `_keyToDOMMap`, the DOM's `__lexicalTextContent`),
 * a map is compacted only when it has GenMap's `compact`, and neither changes what the
 * editor holds, only how it is stored. Call them between updates, when the thread is idle.
 */
import { $getRoot, $isElementNode, $isRootNode, type LexicalEditor } from 'lexical';
import { $paragraphAt } from '../reader/article-blocks';

/** The cache Lexical keeps on an element's DOM (its `LexicalPrivateDOM`, not exported). */
interface WithTextCache {
  __lexicalTextContent?: string | null;
}

interface CopyOnWriteMap {
  compact(force: boolean): unknown;
  _nursery?: Map<unknown, unknown>;
}

function isCopyOnWrite(map: unknown): map is CopyOnWriteMap {
  return typeof (map as Partial<CopyOnWriteMap> | null)?.compact === 'function';
}

function mapsOf(editor: LexicalEditor): CopyOnWriteMap[] {
  const maps: unknown[] = [editor.getEditorState()._nodeMap, editor._keyToDOMMap];
  return maps.filter(isCopyOnWrite);
}

/** Entries written since the last compaction, the most of both maps (0 for plain Maps). */
export function nurserySize(editor: LexicalEditor): number {
  return Math.max(0, ...mapsOf(editor).map((map) => map._nursery?.size ?? 0));
}

/** Folds the recent writes of the editor's node maps into their shared part. */
export function compactNodeMaps(editor: LexicalEditor): void {
  for (const map of mapsOf(editor)) map.compact(true);
}

/**
 * Makes the cached text of each child of the root (each block) and of theirs (each
 * paragraph) a flat string: an update then joins a few dozen pieces, not every text node.
 * With `paragraphs` (line indices), only those lines and their blocks: what updates since
 * the last call touched.
 */
export function flattenTextCaches(editor: LexicalEditor, paragraphs?: Iterable<number>): void {
  const keys = editor.getEditorState().read(() => {
    if (paragraphs === undefined)
      return $getRoot()
        .getChildren()
        .flatMap((child) => [
          ...($isElementNode(child) ? child.getChildren().map((inner) => inner.getKey()) : []),
          child.getKey(),
        ]);
    const found = new Set<string>();
    for (const index of paragraphs) {
      const paragraph = $paragraphAt(index);
      if (!paragraph) continue;
      found.add(paragraph.getKey());
      const parent = paragraph.getParent();
      if (parent && !$isRootNode(parent)) found.add(parent.getKey());
    }
    return [...found];
  });
  for (const key of keys) {
    const element = editor.getElementByKey(key) as (HTMLElement & WithTextCache) | null;
    element?.__lexicalTextContent?.charCodeAt(0);
  }
}

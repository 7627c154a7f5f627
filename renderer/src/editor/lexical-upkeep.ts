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
 * - Then the reconciler compares the root's new text, a rope of every block's text, with
 *   the cached one to see whether to store it. The texts are equal (marks never change the
 *   text), and V8 compares equal strings by first flattening the rope: a copy of the whole
 *   article (1 MB, 2 bytes a character) per update, which the next collection frees again.
 *   `$skipRootTextComparison` blanks the cached text first, so the comparison stops at the
 *   lengths and the new rope is stored as it is: the root's text reads right between updates.
 *
 * Lexical offers no API for these: the maps and texts are reached through fields its
 * types declare (`_nodeMap`, `_keyToDOMMap`, the DOM's `__lexicalTextContent`),
 * a map is compacted only when it has GenMap's `compact`, and neither changes what the
 * editor holds, only how it is stored. Call them between updates, when the thread is idle.
 */
import {
  $getRoot,
  $isElementNode,
  $isRootNode,
  $onUpdate,
  type EditorState,
  type LexicalEditor,
} from 'lexical';
import { $paragraphAt } from '../reader/article-blocks';

/** The root's cached text (`RootNode.__cachedText`, declared internal). */
interface WithRootText {
  __cachedText: string | null;
}

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

/**
 * Call at the start of an update that changes lines but not the text (the marks): the
 * reconciliation then stores the root's new text without comparing it with the old one
 * (see the module comment). Blanks the cached text of the root as committed and as being
 * updated, so that Lexical's check for text-content listeners after the update, which
 * compares those two, also stops at the lengths. Inside an update only.
 */
export function $skipRootTextComparison(editor: LexicalEditor): void {
  const rootOf = (state: EditorState) =>
    state._nodeMap.get('root') as unknown as WithRootText | undefined;
  const canChange = (root: WithRootText | undefined): root is WithRootText =>
    root !== undefined && !Object.isFrozen(root);
  const committed = rootOf(editor.getEditorState());
  const text = ($getRoot() as unknown as WithRootText).__cachedText;
  if (!text) return;
  // Lexical's development build freezes committed nodes: there the root is copied for the
  // update (the comparison after it then still reads the whole text, in development only).
  if (canChange(committed)) committed.__cachedText = '';
  const latest = $getRoot() as unknown as WithRootText;
  if (canChange(latest)) latest.__cachedText = '';
  else ($getRoot().getWritable() as unknown as WithRootText).__cachedText = '';
  // An update that changed nothing is not reconciled: its root keeps the text it had.
  $onUpdate(() => {
    const root = rootOf(editor.getEditorState());
    if (canChange(root) && root.__cachedText === '') root.__cachedText = text;
  });
}

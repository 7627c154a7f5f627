/**
 * Where paragraph `i` (line `i` of the stored text) sits in a Lexical document. The editor
 * groups its paragraphs into blocks (`ArticleBlockNode`) of `PARAGRAPHS_PER_BLOCK` lines,
 * every block full but the last; the plain reader keeps its paragraphs under the root.
 * Both layouts are read here, so nothing else assumes root child index = paragraph index.
 * Must run in a read or update.
 */
import { $getRoot, $isRootNode, type ElementNode, type LexicalNode } from 'lexical';
import { $isArticleBlockNode } from './ArticleBlockNode';

/** Lines per block: ~100 blocks for a 5,000-line article, ~a screen and a half each. */
export const PARAGRAPHS_PER_BLOCK = 50;

/** Whether `node` directly holds paragraphs (the root, or a block). */
export function $isParagraphContainer(node: LexicalNode | null): node is ElementNode {
  return $isRootNode(node) || $isArticleBlockNode(node);
}

/** Paragraph `index`, or `null` if the document has no such paragraph (yet). */
export function $paragraphAt(index: number): LexicalNode | null {
  const root = $getRoot();
  if (!$isArticleBlockNode(root.getFirstChild())) return root.getChildAtIndex(index);
  const block = root.getChildAtIndex(Math.floor(index / PARAGRAPHS_PER_BLOCK));
  return $isArticleBlockNode(block) ? block.getChildAtIndex(index % PARAGRAPHS_PER_BLOCK) : null;
}

/** The line index of `paragraph`, a child of the root or of a block. */
export function $paragraphIndexOf(paragraph: LexicalNode): number {
  const parent = paragraph.getParent();
  const within = paragraph.getIndexWithinParent();
  return $isArticleBlockNode(parent)
    ? parent.getIndexWithinParent() * PARAGRAPHS_PER_BLOCK + within
    : within;
}

/** Every paragraph, in line order. */
export function $allParagraphs(): LexicalNode[] {
  return $getRoot()
    .getChildren()
    .flatMap((child) => ($isArticleBlockNode(child) ? child.getChildren() : [child]));
}

/** How many paragraphs the document holds. */
export function $paragraphCount(): number {
  const root = $getRoot();
  const last = root.getLastChild();
  if (!$isArticleBlockNode(last)) return root.getChildrenSize();
  return (root.getChildrenSize() - 1) * PARAGRAPHS_PER_BLOCK + last.getChildrenSize();
}

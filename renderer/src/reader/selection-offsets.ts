/**
 * Maps a Lexical selection in the reader to offsets in the stored text, through the table
 * of paragraph start offsets. Node keys are used only inside the read and never kept.
 * Paragraphs may sit under the root or under blocks (`article-blocks.ts`).
 */
import {
  $isElementNode,
  $isRangeSelection,
  $isRootNode,
  type BaseSelection,
  type ElementNode,
  type LexicalNode,
  type PointType,
} from 'lexical';
import { $isParagraphContainer, $paragraphIndexOf } from './article-blocks';
import { $isArticleBlockNode } from './ArticleBlockNode';
import { textOffsetOf, type ParagraphStarts } from './paragraph-offsets';

/** A range in the stored text, in UTF-16 code units, `start <= end`. */
export interface TextRange {
  start: number;
  end: number;
}

/** Sum of the text sizes of `parent`'s first `count` children. */
function $sizeOfFirstChildren(parent: ElementNode, count: number): number {
  let size = 0;
  let child: LexicalNode | null = parent.getFirstChild();
  for (let index = 0; index < count && child !== null; index++) {
    size += child.getTextContentSize();
    child = child.getNextSibling();
  }
  return size;
}

/** The paragraph containing `node` and `node`'s offset inside it, in text units. */
function $offsetWithinParagraph(node: LexicalNode, offsetInNode: number) {
  let offset = offsetInNode;
  let current = node;
  let parent = current.getParent();
  while (parent !== null && !$isParagraphContainer(parent)) {
    offset += $sizeOfFirstChildren(parent, current.getIndexWithinParent());
    current = parent;
    parent = current.getParent();
  }
  return { paragraph: current, offset };
}

/** The stored-text offset of a selection point, or `null` if the point is not in the document. */
export function $textOffsetOfPoint(point: PointType, starts: ParagraphStarts): number | null {
  const node = point.getNode();
  if ($isParagraphContainer(node)) {
    // A point on the root or a block sits between its children: at the start of child
    // `offset` (its first paragraph, for a block), or past the end of the last one.
    const child = node.getChildAtIndex(point.offset);
    if (child !== null) {
      const first = $isArticleBlockNode(child) ? child.getFirstChild() : child;
      return first === null ? null : textOffsetOf(starts, $paragraphIndexOf(first), 0);
    }
    const lastChild = node.getLastChild();
    const last = $isArticleBlockNode(lastChild) ? lastChild.getLastChild() : lastChild;
    if (last === null) return $isRootNode(node) ? 0 : null;
    return textOffsetOf(starts, $paragraphIndexOf(last), last.getTextContentSize());
  }
  const inNode =
    point.type === 'element' && $isElementNode(node)
      ? $sizeOfFirstChildren(node, point.offset)
      : point.offset;
  const { paragraph, offset } = $offsetWithinParagraph(node, inNode);
  if (!paragraph.isAttached()) return null;
  return textOffsetOf(starts, $paragraphIndexOf(paragraph), offset);
}

/**
 * The stored-text range a selection covers (ordered, whatever the selection's direction),
 * or `null` when it is not a range selection inside the document.
 */
export function $textRangeOfSelection(
  selection: BaseSelection | null,
  starts: ParagraphStarts,
): TextRange | null {
  if (!$isRangeSelection(selection)) return null;
  const anchor = $textOffsetOfPoint(selection.anchor, starts);
  const focus = $textOffsetOfPoint(selection.focus, starts);
  if (anchor === null || focus === null) return null;
  return { start: Math.min(anchor, focus), end: Math.max(anchor, focus) };
}

/**
 * Maps a Lexical selection in the reader to offsets in the stored text, through the table
 * of paragraph start offsets. Node keys are used only inside the read and never kept.
 */
import {
  $getRoot,
  $isElementNode,
  $isRangeSelection,
  $isRootNode,
  type BaseSelection,
  type ElementNode,
  type LexicalNode,
  type PointType,
} from 'lexical';
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

/** The top-level paragraph containing `node` and `node`'s offset inside it, in text units. */
function $offsetWithinParagraph(node: LexicalNode, offsetInNode: number) {
  let offset = offsetInNode;
  let current = node;
  let parent = current.getParent();
  while (parent !== null && !$isRootNode(parent)) {
    offset += $sizeOfFirstChildren(parent, current.getIndexWithinParent());
    current = parent;
    parent = current.getParent();
  }
  return { paragraph: current, offset };
}

/** The stored-text offset of a selection point, or `null` if the point is not in the document. */
export function $textOffsetOfPoint(point: PointType, starts: ParagraphStarts): number | null {
  const node = point.getNode();
  if ($isRootNode(node)) {
    // A point on the root sits between paragraphs: at the start of paragraph `offset`.
    const paragraphCount = $getRoot().getChildrenSize();
    if (point.offset >= paragraphCount) {
      const last = $getRoot().getLastChild();
      return last === null
        ? 0
        : textOffsetOf(starts, paragraphCount - 1, last.getTextContentSize());
    }
    return textOffsetOf(starts, point.offset, 0);
  }
  const inNode =
    point.type === 'element' && $isElementNode(node)
      ? $sizeOfFirstChildren(node, point.offset)
      : point.offset;
  const { paragraph, offset } = $offsetWithinParagraph(node, inNode);
  if (!paragraph.isAttached()) return null;
  return textOffsetOf(starts, paragraph.getIndexWithinParent(), offset);
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

/**
 * Readable text from a DOM subtree (Readability's article element), laid out exactly as
 * `htmlToText` lays out a streamed page: the same element classes start lines and
 * paragraphs, so an article reads the same whichever way its text was taken.
 */
import {
  CELL_ELEMENTS,
  LINE_ELEMENTS,
  PARAGRAPH_ELEMENTS,
  SKIPPED_ELEMENTS,
} from '../html-elements';
import { LineBuilder } from '../line-builder';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function isPreformatted(element: Element): boolean {
  return element.localName === 'pre';
}

/**
 * The text of `root` and its descendants: blocks on their own lines, paragraphs separated
 * by one blank line, inline whitespace collapsed, `<pre>` kept as written. Walks without
 * recursion, so depth costs no stack. Pure (reads the DOM, never changes it).
 */
export function domToText(root: Node): string {
  const out = new LineBuilder();
  // Each entry: a node to open, or an element to close (`isClose`).
  const stack: { node: Node; isClose: boolean }[] = [{ node: root, isClose: false }];
  let preDepth = 0;
  while (stack.length > 0) {
    const { node, isClose } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const data = node.nodeValue ?? '';
      if (preDepth > 0) out.preformatted(data);
      else out.text(data);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    const name = element.localName;
    if (isClose) {
      if (isPreformatted(element)) preDepth--;
      if (PARAGRAPH_ELEMENTS.has(name)) out.lineBreak(2);
      else if (LINE_ELEMENTS.has(name)) out.lineBreak(1);
      continue;
    }
    if (SKIPPED_ELEMENTS.has(name)) continue;
    if (name === 'br') out.hardBreak();
    else if (PARAGRAPH_ELEMENTS.has(name)) out.lineBreak(2);
    else if (LINE_ELEMENTS.has(name)) out.lineBreak(1);
    else if (CELL_ELEMENTS.has(name)) out.cell();
    if (isPreformatted(element)) preDepth++;
    stack.push({ node: element, isClose: true });
    const children = element.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ node: children[i]!, isClose: false });
    }
  }
  return out.toString();
}

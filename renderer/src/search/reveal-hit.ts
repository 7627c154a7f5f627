/**
 * Shows a search hit in the open article: scrolls its line into view and highlights it with
 * the CSS Custom Highlight API (`::highlight(sm-search-hit)` in search.css). A highlight is a
 * range the browser paints, not a node: the Lexical document, its marks and its undo history
 * stay untouched, and no inline style is written (the CSP forbids them).
 *
 * The reader shows line `i` of the stored text as paragraph `i`, in blocks of
 * `PARAGRAPHS_PER_BLOCK` (`reader/article-blocks.ts`); its text nodes hold the line's text in
 * order, split at marks. A long article's lines are built a chunk per task, so the caller
 * tries again until the line exists.
 */
import { PARAGRAPHS_PER_BLOCK } from '../reader/article-blocks';

export const HIGHLIGHT_NAME = 'sm-search-hit';

/** Line index and offset in the line of `offset` in `text`. */
function lineOf(text: string, offset: number): { line: number; column: number } {
  let line = 0;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart };
}

function paragraphAt(root: Element, line: number): Element | null {
  const first = root.firstElementChild;
  if (first?.classList.contains('article-block')) {
    const block = root.children[Math.floor(line / PARAGRAPHS_PER_BLOCK)];
    return block?.children[line % PARAGRAPHS_PER_BLOCK] ?? null;
  }
  return root.children[line] ?? null;
}

/** The DOM point at `column` text units into `paragraph`. */
function pointIn(paragraph: Element, column: number): { node: Text; offset: number } | null {
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let seen = 0;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (column <= seen + length) return { node, offset: column - seen };
    seen += length;
    last = node;
  }
  return last ? { node: last, offset: last.data.length } : null;
}

/**
 * Highlights `[start, end)` of `text` in the reader under `root` (`.article-text`) and
 * scrolls to it; false when its line is not built yet. A hit running over a line break is
 * highlighted to the end of its first line.
 */
export function revealHit(
  root: Element,
  text: string,
  start: number,
  end: number,
  shouldScroll = true,
): boolean {
  const from = lineOf(text, start);
  const paragraph = paragraphAt(root, from.line);
  if (!paragraph) return false;
  const lineEnd = text.indexOf('\n', start);
  const to = lineEnd !== -1 && lineEnd < end ? lineEnd : end;
  const startPoint = pointIn(paragraph, from.column);
  const endPoint = pointIn(paragraph, from.column + (to - start));
  if (!startPoint || !endPoint) return false;
  const range = document.createRange();
  range.setStart(startPoint.node, startPoint.offset);
  range.setEnd(endPoint.node, endPoint.offset);
  CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
  if (shouldScroll) paragraph.scrollIntoView({ block: 'center', behavior: 'instant' });
  return true;
}

/** Removes the hit's highlight. */
export function clearHit(): void {
  CSS.highlights.delete(HIGHLIGHT_NAME);
}

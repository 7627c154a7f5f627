/**
 * Page chrome as the reader shows it: runs of whole lines (menus, tickers, share buttons,
 * footers) that collapse to one expandable marker. Chrome ranges come from ingestion and
 * the analyst's corrections; they never alter the stored text, so offsets stay faithful.
 * Pure.
 */
import type { ParagraphStarts } from '../reader/paragraph-offsets';

import type { ChromeRange } from '../../../preload/api';

/** A chrome range over the stored text, with what kind of chrome it is (ingestion's type). */
export type { ChromeRange };

/** Consecutive reader paragraphs that are all chrome (blank lines between them included). */
export interface ChromeBlock {
  firstParagraph: number;
  lastParagraph: number;
  /** Lines with text in the block, for the marker ("34 lines of page chrome"). */
  lineCount: number;
}

function lineEnd(text: string, starts: ParagraphStarts, index: number): number {
  const next = starts[index + 1];
  return next === undefined ? text.length : next - 1;
}

/** Whether line `index` lies inside one of the (sorted, merged) `ranges`. */
function isInside(ranges: readonly ChromeRange[], start: number, end: number): boolean {
  return ranges.some((range) => range.start <= start && range.end >= end);
}

/** The blocks of whole chrome lines, in text order. A block needs at least one line with text. */
export function chromeBlocks(
  text: string,
  starts: ParagraphStarts,
  ranges: readonly ChromeRange[],
): ChromeBlock[] {
  if (ranges.length === 0) return [];
  const blocks: ChromeBlock[] = [];
  let open: ChromeBlock | null = null;
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index]!;
    const end = lineEnd(text, starts, index);
    const isBlank = text.slice(start, end).trim() === '';
    // A blank line neither opens nor closes a block: blanks between chrome lines join it.
    if (isBlank) continue;
    if (isInside(ranges, start, end)) {
      if (open) {
        open.lastParagraph = index;
        open.lineCount++;
      } else {
        open = { firstParagraph: index, lastParagraph: index, lineCount: 1 };
        blocks.push(open);
      }
    } else {
      open = null;
    }
  }
  return blocks;
}

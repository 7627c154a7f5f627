/**
 * The article as plain paragraphs with the comparison drawn over it: one colour per kind,
 * the current item outlined. Not an editor: review never changes the text or its marks.
 * Page chrome collapses into an expandable block, as in the reader; a block holding the
 * current item opens by itself.
 */
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { chromeBlocks, type ChromeRange } from '../chrome/chrome-blocks';
import { paragraphStartOffsets } from '../reader/paragraph-offsets';
import type { ComparisonItem } from './compare-sets';
import { KIND_NAMES } from './review-list';
import { overlayParagraphs, type OverlayParagraph } from './review-overlays';

interface ReviewTextProps {
  text: string;
  chromeRanges: readonly ChromeRange[];
  items: readonly ComparisonItem[];
  currentKey: string | null;
  /** Items rejected in review: drawn hatched, still there to click. */
  rejectedKeys: ReadonlySet<string>;
  onSelect: (key: string) => void;
}

/** The text with overlays; clicking an overlay selects its most severe item. */
export function ReviewText({
  text,
  chromeRanges,
  items,
  currentKey,
  rejectedKeys,
  onSelect,
}: ReviewTextProps) {
  const paragraphs = useMemo(() => overlayParagraphs(text, items), [text, items]);
  const blocks = useMemo(
    () => chromeBlocks(text, paragraphStartOffsets(text), chromeRanges),
    [text, chromeRanges],
  );
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    rootRef.current
      ?.querySelector('.is-current')
      ?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [currentKey]);

  const renderParagraph = (paragraph: OverlayParagraph) => (
    <p key={paragraph.index}>
      {paragraph.runs.map((run) => {
        const slice = text.slice(run.start, run.end);
        if (run.kind === null) return <span key={run.start}>{slice}</span>;
        const isCurrent = currentKey !== null && run.keys.includes(currentKey);
        // The run shows its most severe item; hatched when that item was rejected.
        const isRejected = run.keys[0] !== undefined && rejectedKeys.has(run.keys[0]);
        return (
          <mark
            key={run.start}
            className={`review-mark kind-${run.kind}${isCurrent ? ' is-current' : ''}${isRejected ? ' is-rejected' : ''}`}
            data-kind={run.kind}
            data-status={isRejected ? 'rejected' : undefined}
            title={`${KIND_NAMES[run.kind]}${isRejected ? ' (rejected)' : ''}`}
            onClick={() => run.keys[0] && onSelect(run.keys[0])}
          >
            {slice}
          </mark>
        );
      })}
    </p>
  );

  const content: ReactNode[] = [];
  let next = 0;
  for (const block of blocks) {
    content.push(...paragraphs.slice(next, block.firstParagraph).map(renderParagraph));
    const inside = paragraphs.slice(block.firstParagraph, block.lastParagraph + 1);
    const hasCurrent = inside.some((p) =>
      p.runs.some((run) => currentKey !== null && run.keys.includes(currentKey)),
    );
    content.push(
      <details key={`chrome-${block.firstParagraph}`} className="review-chrome" open={hasCurrent}>
        <summary>
          Page chrome · {block.lineCount} {block.lineCount === 1 ? 'line' : 'lines'}
        </summary>
        {inside.map(renderParagraph)}
      </details>,
    );
    next = block.lastParagraph + 1;
  }
  content.push(...paragraphs.slice(next).map(renderParagraph));

  return (
    // Focusable: with no colleague's tag on the article nothing in it takes the focus, and a
    // long text must still scroll with the keyboard (axe: scrollable-region-focusable).
    <div className="review-text" ref={rootRef} aria-label="Compared text" tabIndex={0}>
      {content}
    </div>
  );
}

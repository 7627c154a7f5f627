/**
 * The article as plain paragraphs with the comparison drawn over it: one colour per kind,
 * the current item outlined. Not an editor: review never changes the text or its marks.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { ComparisonItem } from './compare-sets';
import { KIND_NAMES } from './review-list';
import { overlayParagraphs } from './review-overlays';

interface ReviewTextProps {
  text: string;
  items: readonly ComparisonItem[];
  currentKey: string | null;
  onSelect: (key: string) => void;
}

/** The text with overlays; clicking an overlay selects its most severe item. */
export function ReviewText({ text, items, currentKey, onSelect }: ReviewTextProps) {
  const paragraphs = useMemo(() => overlayParagraphs(text, items), [text, items]);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    rootRef.current
      ?.querySelector('.is-current')
      ?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [currentKey]);

  return (
    <div className="review-text" ref={rootRef} aria-label="Compared text">
      {paragraphs.map((paragraph) => (
        <p key={paragraph.index}>
          {paragraph.runs.map((run) => {
            const slice = text.slice(run.start, run.end);
            if (run.kind === null) return <span key={run.start}>{slice}</span>;
            const isCurrent = currentKey !== null && run.keys.includes(currentKey);
            return (
              <mark
                key={run.start}
                className={`review-mark kind-${run.kind}${isCurrent ? ' is-current' : ''}`}
                data-kind={run.kind}
                title={KIND_NAMES[run.kind]}
                onClick={() => run.keys[0] && onSelect(run.keys[0])}
              >
                {slice}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}

/** The card under the pointer on a highlight: every label the segment carries. */
import type { Annotation } from '../annotation/types';
import { pathLabel, getItem, type CodebookIndex } from '../codebook/codebook-lookup';
import type { HoveredMark } from './AnnotationEditor';

interface HoverCardProps {
  mark: HoveredMark;
  byId: Map<string, Annotation>;
  codebook: CodebookIndex;
}

/** A small tooltip-like card placed under the hovered mark. */
export function HoverCard({ mark, byId, codebook }: HoverCardProps) {
  const rows = mark.ids.flatMap((id) => {
    const annotation = byId.get(id);
    return annotation ? [annotation] : [];
  });
  if (rows.length === 0) return null;
  return (
    <div
      className="hover-card"
      role="tooltip"
      style={{ top: mark.rect.bottom + 8, left: Math.max(8, mark.rect.left) }}
    >
      {rows.map((annotation) => (
        <div key={annotation.id} className="hover-row">
          <span
            className="swatch"
            style={{ backgroundColor: getItem(codebook, annotation.itemId)?.colour ?? '#5c6370' }}
          />
          <span>{pathLabel(codebook, annotation.itemId) || annotation.itemId}</span>
          {annotation.note && <span className="hover-note">{annotation.note}</span>}
        </div>
      ))}
    </div>
  );
}

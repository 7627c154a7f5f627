/** The card under the pointer on a highlight: every label the segment carries. */
import { NoteText } from './NoteText';
import type { Annotation } from '../annotation/types';
import { pathLabel, getItem, type CodebookIndex } from '../codebook/codebook-lookup';
import type { HoveredMark } from './AnnotationEditor';

interface HoverCardProps {
  mark: HoveredMark;
  /** The annotations the card may name; it looks up only the hovered ids. */
  annotations: readonly Annotation[];
  codebook: CodebookIndex;
  /** Names a colleague's overlaid annotation; null for the analyst's own. */
  authorName?: (author: string) => string | null;
}

/** A small tooltip-like card placed under the hovered mark. */
export function HoverCard({ mark, annotations, codebook, authorName }: HoverCardProps) {
  // In the mark's order (outer labels first); a few ids, so a search beats an index.
  const rows = mark.ids.flatMap(
    (id) => annotations.find((annotation) => annotation.id === id) ?? [],
  );
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
          {authorName?.(annotation.author) && (
            <span className="hover-author">{authorName(annotation.author)}</span>
          )}
          {annotation.note && (
            <span className="hover-note">
              <NoteText note={annotation.note} inline />
            </span>
          )}
        </div>
      ))}
    </div>
  );
}

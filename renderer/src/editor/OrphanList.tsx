/**
 * Annotations whose text changed under them and that could not be found again. They are
 * kept with the quote they were made on; the analyst selects the right text and places
 * each one by hand.
 */
import type { SpanAnnotation, TextSpan } from '../annotation/types';
import { pathLabel, type CodebookIndex } from '../codebook/codebook-lookup';
import { editLatest, noChange, type Edit } from '../store/edit';
import { replaceOrphan } from './annotation-actions';

interface OrphanListProps {
  orphans: SpanAnnotation[];
  text: string;
  /** The current selection, snapped, or null. */
  selection: TextSpan | null;
  codebook: CodebookIndex;
  onApply: (edit: Edit) => void;
  onError: (message: string) => void;
}

/** A warning-toned list; renders nothing when there is no orphan. */
export function OrphanList({
  orphans,
  text,
  selection,
  codebook,
  onApply,
  onError,
}: OrphanListProps) {
  if (orphans.length === 0) return null;
  return (
    <section className="orphans" aria-label="Orphaned annotations">
      <h3>Not found in the changed text ({orphans.length})</h3>
      <p className="field-hint">Select where each belongs now, then place it.</p>
      <ul>
        {orphans.map((orphan) => (
          <li key={orphan.id}>
            <span className="entry-label">{pathLabel(codebook, orphan.itemId)}</span>
            <q>{orphan.quote.exact}</q>
            <span className="field-hint"> (text version {orphan.orphanedFrom})</span>
            <button
              type="button"
              disabled={selection === null}
              onClick={() => {
                if (!selection) return;
                const result = replaceOrphan(orphan, text, selection);
                if (!result.ok) return onError(result.message);
                // Placed as stored: a second click before the list updates changes nothing.
                onApply(
                  editLatest(orphan, (latest) => {
                    if (latest.orphanedFrom === undefined) return noChange(result.change.label);
                    const placed = replaceOrphan(latest, text, selection);
                    return placed.ok ? placed.change : noChange(result.change.label);
                  }),
                );
              }}
            >
              Place on selection
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

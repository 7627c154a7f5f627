/**
 * "Annotate all occurrences": every other occurrence of an annotation's text (and of its
 * entity's aliases) in this article, whole words, ignoring case and diacritics
 * ("Bairamov" finds "Baïramov"); preview with context, accept all or some in one step.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { findOccurrences } from '../annotation/find-occurrences';
import type { SpanAnnotation, TextSpan } from '../annotation/types';
import { getItem, pathLabel, type CodebookIndex } from '../codebook/codebook-lookup';
import type { ChangeSet } from '../store/change-set';
import { tagSpans, type AnnotationContext } from './annotation-actions';
import { useEntities } from './useEntities';

interface OccurrencesDialogProps {
  source: SpanAnnotation;
  text: string;
  /** This analyst's span annotations: occurrences already tagged with the label are left out. */
  annotations: SpanAnnotation[];
  codebook: CodebookIndex;
  context: AnnotationContext;
  onApply: (change: ChangeSet) => Promise<void>;
  onClose: () => void;
}

const CONTEXT = 40;

/** A modal preview of the occurrences with a checkbox each. */
export function OccurrencesDialog({
  source,
  text,
  annotations,
  codebook,
  context,
  onApply,
  onClose,
}: OccurrencesDialogProps) {
  const entities = useEntities();
  const entity = entities.find((candidate) => candidate.id === source.entityId);
  const found = useMemo(() => {
    const taken = annotations
      .filter((annotation) => annotation.itemId === source.itemId)
      .map((annotation) => annotation.span);
    const phrases = entity ? [entity.name, ...entity.aliases] : [];
    return findOccurrences(text, source.quote.exact, { aliases: phrases, skip: taken });
  }, [annotations, entity, source, text]);
  const [unchecked, setUnchecked] = useState<Set<number>>(new Set());
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const item = getItem(codebook, source.itemId);
  const chosen: TextSpan[] = found.filter((_, index) => !unchecked.has(index));
  const accept = async () => {
    if (!item || chosen.length === 0) return onClose();
    const result = tagSpans(
      context,
      item,
      chosen,
      source.entityId ? { entityId: source.entityId } : {},
    );
    if (result.ok) await onApply(result.change);
    onClose();
  };

  return (
    <dialog
      ref={dialogRef}
      className="occurrences"
      aria-labelledby="occurrences-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="occurrences-title">
        Other occurrences of “{source.quote.exact}”
        {entity && entity.aliases.length > 0 ? ` and its aliases` : ''}
      </h2>
      <p className="field-hint">
        Tag as {pathLabel(codebook, source.itemId)}. Whole words; case and accents ignored.
      </p>
      {found.length === 0 ? (
        <p className="panel-empty">No other untagged occurrence in this article.</p>
      ) : (
        <ul className="occurrence-list" aria-label="Occurrences">
          {found.map((span, index) => (
            <li key={`${span.start}`}>
              <label>
                <input
                  type="checkbox"
                  checked={!unchecked.has(index)}
                  onChange={(event) => {
                    const next = new Set(unchecked);
                    if (event.target.checked) next.delete(index);
                    else next.add(index);
                    setUnchecked(next);
                  }}
                />
                <span className="quote-context">
                  …{text.slice(Math.max(0, span.start - CONTEXT), span.start)}
                </span>
                <mark>{text.slice(span.start, span.end)}</mark>
                <span className="quote-context">{text.slice(span.end, span.end + CONTEXT)}…</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button-primary"
          onClick={() => void accept()}
          disabled={chosen.length === 0}
        >
          Tag {chosen.length} {chosen.length === 1 ? 'occurrence' : 'occurrences'}
        </button>
      </div>
    </dialog>
  );
}

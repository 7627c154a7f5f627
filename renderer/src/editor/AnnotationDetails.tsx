/** The focused annotation: label, quote, attributes, note, entity link, attribution, actions. */
import { useLayoutEffect, useRef } from 'react';
import type { Annotation, RegistryEntity, SpanAnnotation } from '../annotation/types';
import { rootIdOf } from '../codebook/codebook-invariants';
import { getItem, pathLabel, type CodebookIndex } from '../codebook/codebook-lookup';
import { editLatest, type Edit } from '../store/edit';
import { setNote } from './annotation-actions';
import { attributeEdit, deleteEdit } from './annotation-edits';
import { AttributeField } from './AttributeField';
import { AttributionFields } from './AttributionFields';
import { EntityLinkField } from './EntityLinkField';
import { DraftTextField } from './DraftTextField';

interface AnnotationDetailsProps {
  annotation: Annotation;
  annotations: Annotation[];
  entities: RegistryEntity[];
  codebook: CodebookIndex;
  onApply: (edit: Edit) => void;
  onRelabel: () => void;
  onFindOccurrences: (annotation: SpanAnnotation) => void;
  onClose: () => void;
  /** False while the article's annotations are still being read (see `AnnotationPanel`). */
  canDelete?: boolean;
}

/**
 * The details form of the focused annotation, kept mounted as the focus moves from one to
 * the next (see `AnnotationPanel`); every edit is one undoable change, built from the
 * annotation as stored when it is written (an earlier edit may not be shown yet).
 */
export function AnnotationDetails({
  annotation,
  annotations,
  entities,
  codebook,
  onApply,
  onRelabel,
  onFindOccurrences,
  onClose,
  canDelete = true,
}: AnnotationDetailsProps) {
  const item = getItem(codebook, annotation.itemId);
  const root = rootIdOf(codebook.byId, annotation.itemId);
  const section = useRef<HTMLElement>(null);
  const shownId = useRef(annotation.id);
  useLayoutEffect(() => {
    if (shownId.current === annotation.id) return;
    shownId.current = annotation.id;
    // The form stays mounted for the next annotation (its fields' drafts start afresh); the
    // keyboard focus does not carry over to it, as when each annotation had its own form.
    const active = document.activeElement;
    if (active instanceof HTMLElement && section.current?.contains(active)) active.blur();
  }, [annotation.id]);
  return (
    <section ref={section} className="details" aria-label="Annotation details">
      <header className="details-header">
        <span className="swatch" style={{ backgroundColor: item?.colour ?? '#5c6370' }} />
        <h2>{item ? pathLabel(codebook, item.id) : `Unknown label ${annotation.itemId}`}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close details">
          ×
        </button>
      </header>
      {item?.retired && (
        <p className="field-hint">
          This label is retired: the annotation keeps it, new ones cannot use it.
        </p>
      )}
      {annotation.kind === 'span' && (
        <blockquote className="details-quote">
          <span className="quote-context">…{annotation.quote.prefix.slice(-24)}</span>
          <mark>{annotation.quote.exact}</mark>
          <span className="quote-context">{annotation.quote.suffix.slice(0, 24)}…</span>
        </blockquote>
      )}
      {item?.attributes.map((definition) => (
        <AttributeField
          key={definition.key}
          definition={definition}
          value={annotation.attributes[definition.key]}
          ownerId={annotation.id}
          codebook={codebook}
          onChange={(change) =>
            onApply(attributeEdit(annotation, definition.key, change, definition.label))
          }
        />
      ))}
      {annotation.kind === 'span' && root === 'entity' && (
        <EntityLinkField mention={annotation} entities={entities} onApply={onApply} />
      )}
      {annotation.kind === 'span' && root === 'claim' && (
        <AttributionFields
          claim={annotation}
          annotations={annotations}
          entities={entities}
          codebook={codebook}
          onApply={onApply}
        />
      )}
      <DraftTextField
        label="Note"
        value={annotation.note}
        ownerId={annotation.id}
        rows={4}
        isRichText
        placeholder="Why this label, what to check… (**bold**, *italic*, - lists, links)"
        onCommit={(note) => onApply(editLatest(annotation, (latest) => setNote(latest, note)))}
      />
      <div className="details-actions">
        <button type="button" onClick={onRelabel} title="Change the label (Enter)">
          Change label…
        </button>
        {annotation.kind === 'span' && (
          <button type="button" onClick={() => onFindOccurrences(annotation)}>
            Annotate all occurrences…
          </button>
        )}
        <button
          type="button"
          className="button-danger"
          onClick={() => onApply(deleteEdit([annotation], annotations))}
          disabled={!canDelete}
          title={
            canDelete
              ? 'Delete (Del); Ctrl+Z restores it'
              : 'Deleting waits until every annotation of the article is read'
          }
        >
          Delete
        </button>
      </div>
    </section>
  );
}

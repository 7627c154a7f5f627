/**
 * Notes on the whole document (genre, outlet type, author role, publication mode, frames,
 * free notes): the attributes of one document-level annotation, created on first edit.
 */
import type { Annotation, DocumentAnnotation } from '../annotation/types';
import type { CodebookIndex } from '../codebook/codebook-lookup';
import type { Edit } from '../store/edit';
import type { AnnotationContext } from './annotation-actions';
import { documentFieldEdit } from './annotation-edits';
import { AttributeField } from './AttributeField';
import { DocumentProfileSuggestions } from './DocumentProfileSuggestions';

/** The codebook item whose attributes are the document profile. */
export const DOCUMENT_PROFILE_ITEM_ID = 'document.profile';

interface DocumentProfileProps {
  annotations: Annotation[];
  codebook: CodebookIndex;
  context: AnnotationContext;
  onApply: (edit: Edit) => void;
}

/**
 * The document profile form; each field change is one undoable step, applied to the
 * profile as stored, so two quick changes of a new profile create it once.
 */
export function DocumentProfile({ annotations, codebook, context, onApply }: DocumentProfileProps) {
  const item = codebook.byId.get(DOCUMENT_PROFILE_ITEM_ID);
  if (!item) return <p className="panel-empty">The active codebook has no document profile.</p>;
  const profile = annotations.find(
    (annotation): annotation is DocumentAnnotation =>
      annotation.kind === 'document' && annotation.itemId === DOCUMENT_PROFILE_ITEM_ID,
  );
  return (
    <section className="document-profile" aria-label="Document profile">
      <DocumentProfileSuggestions
        articleId={context.articleId}
        definitions={item.attributes}
        profile={profile?.attributes}
        onConfirm={(definition, value) =>
          onApply(documentFieldEdit(context, item, definition.key, () => value, definition.label))
        }
      />
      {item.attributes.map((definition) => (
        <AttributeField
          key={definition.key}
          definition={definition}
          value={profile?.attributes[definition.key]}
          ownerId={context.articleId}
          codebook={codebook}
          onChange={(change) =>
            onApply(documentFieldEdit(context, item, definition.key, change, definition.label))
          }
        />
      ))}
    </section>
  );
}

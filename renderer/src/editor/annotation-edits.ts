/**
 * The annotation actions that need more than one row's latest version, as edits built
 * when they are written (`store/edit.ts`): a field change applied to the stored value, a
 * deletion that unlinks the claims pointing at what it deletes, a document field that
 * finds the profile an earlier edit may still be creating. Pure but for `StoredRows`.
 */
import type { Annotation, AttributeValue, SpanAnnotation } from '../annotation/types';
import type { CodebookItem } from '../codebook/codebook-types';
import { editLatest, type ChangeBuilder } from '../store/edit';
import {
  deleteAnnotations,
  setAttribute,
  setDocumentField,
  type AnnotationContext,
} from './annotation-actions';

/**
 * How a form field changes a value, given the value as stored: a field reports a change
 * rather than its new value, so that a second change made before the first is shown (two
 * ticks of a checklist) applies to the first one's result.
 */
export type AttributeChange = (current: AttributeValue | undefined) => AttributeValue | undefined;

/** Sets one attribute of `annotation` to `change` of its stored value. */
export function attributeEdit(
  annotation: Annotation,
  key: string,
  change: AttributeChange,
  label: string,
): ChangeBuilder {
  return editLatest(annotation, (latest) =>
    setAttribute(latest, key, change(latest.attributes[key]), label),
  );
}

/**
 * Deletes `annotations` as stored and unlinks the claims that point at them. The claims
 * are the linked ones of `all` (what the view shows), re-read so that their other links
 * are current: in their article's packs when they are all on one article (the reader's
 * case), since looking up ids alone reads every pack's id list.
 */
export function deleteEdit(
  annotations: readonly Annotation[],
  all: readonly Annotation[],
): ChangeBuilder {
  return async (stored) => {
    const doomed = new Set(annotations.map((annotation) => annotation.id));
    const claims = all.filter(
      (row): row is SpanAnnotation =>
        row.kind === 'span' && row.links !== undefined && !doomed.has(row.id),
    );
    const asked = [...annotations, ...claims];
    const articles = new Set(asked.map((row) => row.articleId));
    const rows = await stored.annotations(
      asked.map((row) => row.id),
      articles.size === 1 ? asked[0]!.articleId : undefined,
    );
    const present = rows.filter((row): row is Annotation => row !== undefined);
    const gone = present.filter((row) => doomed.has(row.id));
    return deleteAnnotations(gone, present);
  };
}

/** Sets one field of the stored document profile, creating the profile on the first field. */
export function documentFieldEdit(
  context: AnnotationContext,
  profileItem: CodebookItem,
  key: string,
  change: AttributeChange,
  label: string,
  deps: { now?: () => Date; newId?: () => string } = {},
): ChangeBuilder {
  return async (stored) => {
    const profile = await stored.documentAnnotation(
      context.articleId,
      context.author,
      profileItem.id,
    );
    const value = change(profile?.attributes[key]);
    return setDocumentField(context, profileItem, profile, key, value, label, deps);
  };
}

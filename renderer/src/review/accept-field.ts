/**
 * Accepting one side's value of an attribute or document-profile field into a set: the
 * receiving set's own annotation is edited (one undoable step, applied to the row as
 * stored), so its id, comments and links stay; a missing document profile is created. Only
 * when the receiving set has no counterpart of a span is the whole annotation copied
 * (`acceptAnnotation`), value included. Pure: the caller applies the edit.
 */
import type {
  AttributeValue,
  AuthorId,
  CodebookRef,
  DocumentAnnotation,
  SpanAnnotation,
} from '../annotation/types';
import type { CodebookItem } from '../codebook/codebook-types';
import { attributeEdit, documentFieldEdit } from '../editor/annotation-edits';
import type { Edit } from '../store/edit';
import type { FieldDifference } from './compare-sets';
import { acceptAnnotation, type ReviewDeps } from './review-actions';

/** A field item as accepting needs it: a span attribute or a document field. */
export type FieldItem =
  | {
      readonly kind: 'attribute';
      readonly base: SpanAnnotation | null;
      readonly other: SpanAnnotation | null;
      readonly field: FieldDifference;
    }
  | {
      readonly kind: 'document';
      readonly base: DocumentAnnotation | null;
      readonly other: DocumentAnnotation | null;
      readonly field: FieldDifference;
    };

/** What accepting a field needs besides the item. */
export interface AcceptFieldRequest {
  readonly item: FieldItem;
  /** The side whose value is accepted. */
  readonly side: 'base' | 'other';
  /** The set that receives it. */
  readonly author: AuthorId;
  /** The document-level item (for `document` items) whose profile is edited or created. */
  readonly documentItem?: CodebookItem;
  /** The codebook a created profile names. */
  readonly codebook: CodebookRef;
  /** Shown in the Undo menu ("Accept Verdict into my set"). */
  readonly label: string;
}

/**
 * The edit that gives `request.author`'s set `request.side`'s value of the field, named
 * `request.label` in the Undo menu. Throws a RangeError when the side has no annotation, or
 * a document item lacks `documentItem`.
 */
export function acceptFieldEdit(request: AcceptFieldRequest, deps: ReviewDeps = {}): Edit {
  const edit = fieldEdit(request, deps);
  // The field edits name themselves "Set <field>"; the Undo menu should say what review did.
  return typeof edit === 'function'
    ? async (stored) => ({ ...(await edit(stored)), label: request.label })
    : { ...edit, label: request.label };
}

function fieldEdit(request: AcceptFieldRequest, deps: ReviewDeps): Edit {
  const { item, side, author, label } = request;
  const source = item[side];
  const counterpart = item[side === 'base' ? 'other' : 'base'];
  const value: AttributeValue | undefined = item.field[side];
  const key = item.field.key;
  if (item.kind === 'document') {
    const articleId = (source ?? counterpart)?.articleId;
    if (!request.documentItem || !articleId) {
      throw new RangeError('acceptFieldEdit: no document item or article to write to');
    }
    const context = { articleId, text: '', author, codebook: request.codebook };
    return documentFieldEdit(context, request.documentItem, key, () => value, label, {
      now: deps.now,
      newId: deps.newId,
    });
  }
  const span = item[side];
  if (!span) throw new RangeError('acceptFieldEdit: that side has no annotation');
  // The receiving set already holds the other side of the pair: change its value only.
  const pair = item[side === 'base' ? 'other' : 'base'];
  if (pair && pair.author === author) return attributeEdit(pair, key, () => value, label);
  return acceptAnnotation({ source: span, author, label }, deps);
}

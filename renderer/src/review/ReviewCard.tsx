/**
 * One side of a review item: whose annotation it is, its label, quote or field value, who
 * rejected it, the decisions on it and its comment thread. Decisions are offered on either
 * side (an annotation only in the base set can be accepted into gold or rejected too);
 * "Accept into my set" is left out on the analyst's own annotation, "Accept into gold" on
 * gold's, and a side with no value to give has no decisions.
 */
import { useState } from 'react';
import type { Annotation, AuthorId, CodebookItemId } from '../annotation/types';
import { isUsable, pathLabel, type CodebookIndex } from '../codebook/codebook-lookup';
import type { CommentRecord } from '../db/records';
import { UNMAPPED_LABEL_ATTRIBUTE } from '../sets/label-mapping';
import { hasValue } from './compare-attributes';
import { CommentThread } from './CommentThread';
import { fieldLabel, fieldValueText } from './field-text';
import { rejectedBy } from './review-decisions';
import { setName, type AnnotationSet } from './review-sets';
import type { ReviewCommands } from './useReviewCommands';
import type { StoredReviewItem } from './useReviewComparison';

interface ReviewCardProps {
  item: StoredReviewItem;
  side: 'base' | 'other';
  annotation: Annotation;
  sets: readonly AnnotationSet[];
  selfId: AuthorId;
  codebook: CodebookIndex;
  comments: readonly CommentRecord[];
  commentAuthorName: (author: string) => string;
  commands: ReviewCommands;
}

/** The card of `annotation`, the `side` of `item`. */
export function ReviewCard(props: ReviewCardProps) {
  const { item, side, annotation, sets, selfId, codebook, comments, commands } = props;
  const [relabel, setRelabel] = useState('');
  const thread = comments.filter((comment) => comment.annotationId === annotation.id);
  const role = side === 'base' ? 'Base' : 'Compared';
  const name = setName(sets, annotation.author);
  const isOwn = annotation.author === selfId;
  const isGold = sets.find((s) => s.author === annotation.author)?.role === 'gold';
  const field = item.kind === 'attribute' || item.kind === 'document' ? item.field : undefined;
  const rejecters = rejectedBy(item, side, comments);
  const isRejectedByMe = rejecters.includes(selfId);
  const canDecide = field === undefined || hasValue(field[side]);
  const canRelabel = field === undefined && annotation.kind === 'span' && !isOwn;
  const spanItems = canRelabel
    ? codebook.codebook.items.filter(
        (entry) =>
          entry.parentId !== undefined &&
          entry.scope !== 'document' &&
          isUsable(codebook, entry.id),
      )
    : [];

  return (
    <article className="review-card" aria-label={`${role}: ${name}`}>
      <header>
        <strong>{name}</strong>
        <span className="review-card-label">
          {pathLabel(codebook, annotation.itemId) || annotation.itemId}
        </span>
        {annotation.attributes[UNMAPPED_LABEL_ATTRIBUTE] === true && (
          // Kept raw at import, by the analyst's choice: a label to map or add before counting.
          <span className="review-badge">Raw label, not in the codebook</span>
        )}
        {rejecters.length > 0 && (
          <span className="review-badge">
            Rejected
            {rejecters.some((author) => author !== selfId) &&
              ` by ${rejecters.map(props.commentAuthorName).join(', ')}`}
          </span>
        )}
      </header>
      {annotation.kind === 'span' && (
        <blockquote className="review-quote">{annotation.quote.exact}</blockquote>
      )}
      {field && (
        <p className="review-field">
          {fieldLabel(codebook, annotation.itemId, field.key)}:{' '}
          <strong>{fieldValueText(codebook, annotation.itemId, field.key, field[side])}</strong>
        </p>
      )}
      {canDecide && (
        <div className="review-actions" role="group" aria-label={`Decisions on ${name}’s tag`}>
          {!isOwn && (
            <button
              type="button"
              className="button-primary"
              onClick={() => commands.accept(item, side, 'self')}
            >
              Accept into my set
            </button>
          )}
          {!isGold && (
            <button type="button" onClick={() => commands.accept(item, side, 'gold')}>
              Accept into gold
            </button>
          )}
          <button
            type="button"
            disabled={isRejectedByMe}
            onClick={() => void commands.reject(annotation, field?.key)}
          >
            {isRejectedByMe ? 'Rejected' : 'Reject'}
          </button>
          {canRelabel && (
            <>
              <label className="review-relabel">
                <select
                  aria-label="Accept with label"
                  value={relabel}
                  onChange={(event) => setRelabel(event.target.value)}
                >
                  <option value="">Accept as…</option>
                  {spanItems.map((entry) => (
                    <option key={entry.id} value={entry.id}>
                      {pathLabel(codebook, entry.id)}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                disabled={relabel === ''}
                onClick={() => {
                  commands.accept(item, side, 'self', relabel as CodebookItemId);
                  setRelabel('');
                }}
              >
                Accept with label
              </button>
            </>
          )}
        </div>
      )}
      <CommentThread
        title={`${name}’s tag`}
        comments={thread}
        authorName={props.commentAuthorName}
        onAdd={(body) => commands.comment(annotation, body)}
      />
    </article>
  );
}

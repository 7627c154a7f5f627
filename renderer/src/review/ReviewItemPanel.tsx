/**
 * The current review item: both sides' annotations with their comment threads, and the
 * decisions on a colleague's annotation (accept into my set or gold, accept with another
 * label, reject).
 */
import { useState } from 'react';
import type { AuthorId, CodebookItemId, SpanAnnotation } from '../annotation/types';
import { isUsable, pathLabel, type CodebookIndex } from '../codebook/codebook-lookup';
import type { CommentRecord } from '../db/records';
import type { ComparisonItem } from './compare-sets';
import { CommentThread } from './CommentThread';
import { KIND_NAMES } from './review-list';
import { REJECTED_COMMENT } from './review-actions';
import { setName, type AnnotationSet } from './review-sets';

/** What the panel asks its owner to do. */
export interface ReviewCommands {
  accept: (source: SpanAnnotation, target: 'self' | 'gold', itemId?: CodebookItemId) => void;
  comment: (annotation: SpanAnnotation, body: string) => Promise<void>;
}

interface ReviewItemPanelProps {
  item: ComparisonItem<SpanAnnotation>;
  sets: readonly AnnotationSet[];
  selfId: AuthorId;
  codebook: CodebookIndex;
  comments: readonly CommentRecord[];
  /** The name shown on a comment: its author may own no annotation on this article. */
  commentAuthorName: (author: string) => string;
  commands: ReviewCommands;
}

/** Both sides of the item, each with its thread and, for others' annotations, decisions. */
export function ReviewItemPanel(props: ReviewItemPanelProps) {
  const { item } = props;
  return (
    <section className="review-item-panel" aria-label="Review item">
      <h2 className={`review-kind kind-${item.kind}`}>{KIND_NAMES[item.kind]}</h2>
      {item.base && <AnnotationCard {...props} annotation={item.base} role="Base" />}
      {item.other && <AnnotationCard {...props} annotation={item.other} role="Compared" />}
    </section>
  );
}

function AnnotationCard({
  annotation,
  role,
  sets,
  selfId,
  codebook,
  comments,
  commentAuthorName,
  commands,
}: ReviewItemPanelProps & { annotation: SpanAnnotation; role: string }) {
  const [relabel, setRelabel] = useState('');
  const thread = comments.filter((comment) => comment.annotationId === annotation.id);
  const set = sets.find((s) => s.author === annotation.author);
  const isOwn = annotation.author === selfId;
  const isRejected = thread.some(
    (comment) => comment.author === selfId && comment.body === REJECTED_COMMENT,
  );
  const spanItems = codebook.codebook.items.filter(
    (entry) =>
      entry.parentId !== undefined && entry.scope !== 'document' && isUsable(codebook, entry.id),
  );
  const name = setName(sets, annotation.author);

  return (
    <article className="review-card" aria-label={`${role}: ${name}`}>
      <header>
        <strong>{name}</strong>
        <span className="review-card-label">
          {pathLabel(codebook, annotation.itemId) || annotation.itemId}
        </span>
        {isRejected && <span className="review-badge">Rejected</span>}
      </header>
      <blockquote className="review-quote">{annotation.quote.exact}</blockquote>
      {!isOwn && (
        <div className="review-actions" role="group" aria-label={`Decisions on ${name}’s tag`}>
          <button
            type="button"
            className="button-primary"
            onClick={() => commands.accept(annotation, 'self')}
          >
            Accept into my set
          </button>
          {set?.role !== 'gold' && (
            <button type="button" onClick={() => commands.accept(annotation, 'gold')}>
              Accept into gold
            </button>
          )}
          <button
            type="button"
            disabled={isRejected}
            onClick={() => void commands.comment(annotation, REJECTED_COMMENT)}
          >
            Reject
          </button>
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
              commands.accept(annotation, 'self', relabel as CodebookItemId);
              setRelabel('');
            }}
          >
            Accept with label
          </button>
        </div>
      )}
      <CommentThread
        title={`${name}’s tag`}
        comments={thread}
        authorName={commentAuthorName}
        onAdd={(body) => commands.comment(annotation, body)}
      />
    </article>
  );
}

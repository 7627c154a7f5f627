/** The current review item: its kind, then each side's annotation as a card. */
import type { AuthorId } from '../annotation/types';
import type { CodebookIndex } from '../codebook/codebook-lookup';
import type { CommentRecord } from '../db/records';
import { KIND_NAMES } from './review-list';
import type { AnnotationSet } from './review-sets';
import { ReviewCard } from './ReviewCard';
import type { ReviewCommands } from './useReviewCommands';
import type { StoredReviewItem } from './useReviewComparison';

export type { ReviewCommands };

interface ReviewItemPanelProps {
  item: StoredReviewItem;
  sets: readonly AnnotationSet[];
  selfId: AuthorId;
  codebook: CodebookIndex;
  comments: readonly CommentRecord[];
  /** The name shown on a comment: its author may own no annotation on this article. */
  commentAuthorName: (author: string) => string;
  commands: ReviewCommands;
}

/** Both sides of the item, each with its thread and decisions. */
export function ReviewItemPanel(props: ReviewItemPanelProps) {
  const { item } = props;
  return (
    <section className="review-item-panel" aria-label="Review item">
      <h2 className={`review-kind kind-${item.kind}`}>{KIND_NAMES[item.kind]}</h2>
      {item.base && (
        <ReviewCard key={`base:${item.key}`} {...props} side="base" annotation={item.base} />
      )}
      {item.other && (
        <ReviewCard key={`other:${item.key}`} {...props} side="other" annotation={item.other} />
      )}
    </section>
  );
}

import { useMemo } from 'react';
import type { Annotation, AuthorId, CodebookItemId } from '../annotation/types';
import { pathLabel, type CodebookIndex } from '../codebook/codebook-lookup';
import { useWorkspace } from '../shell/workspace-context';
import { acceptFieldEdit } from './accept-field';
import { fieldLabel, fieldValueText } from './field-text';
import { acceptAnnotation } from './review-actions';
import { rejectionBody } from './review-decisions';
import { addComment, getOrCreateGoldAnalyst } from './review-repository';
import type { StoredReviewItem } from './useReviewComparison';

/** What the review panel asks the screen to do. */
export interface ReviewCommands {
  /** Accepts `side` of `item` into the analyst's set or gold (a span optionally relabelled). */
  accept: (
    item: StoredReviewItem,
    side: 'base' | 'other',
    target: 'self' | 'gold',
    itemId?: CodebookItemId,
  ) => void;
  /** Rejects `annotation`, or only its field `fieldKey`, as a comment by the analyst. */
  reject: (annotation: Annotation, fieldKey?: string) => Promise<void>;
  comment: (annotation: Annotation, body: string) => Promise<void>;
}

/**
 * The review decisions: every accept is one undoable step through the edit history, every
 * comment (a rejection included) one transaction. `onStatus` hears what happened.
 */
export function useReviewCommands(
  codebook: CodebookIndex | undefined,
  onStatus: (message: string) => void,
): ReviewCommands {
  const { analyst, history } = useWorkspace();
  return useMemo(() => {
    const comment = async (annotation: Annotation, body: string) => {
      await addComment({
        annotationId: annotation.id,
        articleId: annotation.articleId,
        author: analyst.id as AuthorId,
        body,
      });
    };
    const accept = async (
      item: StoredReviewItem,
      side: 'base' | 'other',
      target: 'self' | 'gold',
      relabel?: CodebookItemId,
    ) => {
      if (!codebook) return;
      const author = target === 'self' ? analyst.id : (await getOrCreateGoldAnalyst()).id;
      const where = target === 'self' ? 'my set' : 'gold';
      const source = item[side];
      if (!source) return;
      if (item.kind === 'document' || (item.kind === 'attribute' && item.field)) {
        const field = item.field!;
        const name = fieldLabel(codebook, source.itemId, field.key);
        const fieldItem =
          item.kind === 'document'
            ? { kind: 'document' as const, base: item.base, other: item.other, field }
            : { kind: 'attribute' as const, base: item.base, other: item.other, field };
        await history.apply(
          acceptFieldEdit({
            item: fieldItem,
            side,
            author,
            documentItem: codebook.byId.get(source.itemId),
            codebook: { codebookId: codebook.codebook.id, version: codebook.codebook.version },
            label: `Accept ${name} into ${where}`,
          }),
        );
        const value = fieldValueText(codebook, source.itemId, field.key, field[side]);
        onStatus(`Accepted ${name} “${value}” into ${where}.`);
        return;
      }
      if (source.kind !== 'span') return;
      const counterpart = item[side === 'base' ? 'other' : 'base'];
      // The receiving set's disagreeing tag gives way to the accepted one, in the same step.
      const replaces =
        counterpart?.author === author && (item.kind === 'label' || item.kind === 'boundary')
          ? counterpart
          : null;
      await history.apply(
        acceptAnnotation({
          source,
          author,
          itemId: relabel,
          replaces,
          label: `Accept into ${where}`,
        }),
      );
      const label = pathLabel(codebook, relabel ?? source.itemId) || source.itemId;
      onStatus(`Accepted “${label}” into ${where}.`);
    };
    return {
      accept: (item, side, target, relabel) => {
        accept(item, side, target, relabel).catch((error: unknown) =>
          onStatus(`Not accepted: ${error instanceof Error ? error.message : String(error)}`),
        );
      },
      reject: (annotation, fieldKey) => comment(annotation, rejectionBody(fieldKey)),
      comment,
    };
  }, [analyst, history, codebook, onStatus]);
}

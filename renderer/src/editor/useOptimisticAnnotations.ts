import { useEffect, useState } from 'react';
import type { Annotation, ArticleId } from '../annotation/types';
import type { EditHistory } from '../store/edit-history';
import { catchUp, withPendingChanges, type OptimisticView } from './optimistic-annotations';

/**
 * The article's annotations including writes still under way (edits, undo, redo). A write
 * that fails is dropped from the view again; the history reports the failure.
 */
export function useOptimisticAnnotations(
  stored: readonly Annotation[],
  history: EditHistory,
  articleId: ArticleId,
): readonly Annotation[] {
  const [view, setView] = useState<OptimisticView>({ stored, pending: [], shown: stored });
  useEffect(
    () =>
      history.onWillWrite(({ change, written }) => {
        // Applied on top of what is shown: a binary search, not a pass over every row.
        setView((current) => ({
          ...current,
          pending: [...current.pending, change],
          shown: withPendingChanges(current.shown, [change], articleId),
        }));
        written.catch(() =>
          setView((current) => {
            const pending = current.pending.filter((entry) => entry !== change);
            if (pending.length === current.pending.length) return current;
            return {
              ...current,
              pending,
              shown: withPendingChanges(current.stored, pending, articleId),
            };
          }),
        );
      }),
    [history, articleId],
  );
  // The store delivered: checked here rather than in an effect, so this render already
  // shows the new list and the lists derived from it are computed once.
  if (view.stored !== stored) {
    const next = catchUp(view, stored, articleId);
    setView(next);
    return next.shown;
  }
  return view.shown;
}

import { useEffect, useMemo, useState } from 'react';
import type { Annotation, ArticleId } from '../annotation/types';
import type { ChangeSet } from '../store/change-set';
import type { EditHistory } from '../store/edit-history';
import { isReflected, withPendingChanges } from './optimistic-annotations';

/**
 * The article's annotations including writes still under way (edits, undo, redo). A write
 * that fails is dropped from the view again; the history reports the failure.
 */
export function useOptimisticAnnotations(
  stored: Annotation[],
  history: EditHistory,
  articleId: ArticleId,
): Annotation[] {
  const [pending, setPending] = useState<readonly ChangeSet[]>([]);
  useEffect(
    () =>
      history.onWillWrite(({ change, written }) => {
        setPending((current) => [...current, change]);
        written.catch(() => setPending((current) => current.filter((entry) => entry !== change)));
      }),
    [history],
  );
  // Once the live query shows a write, it is no longer pending (checked when it delivers).
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    const open = pending.filter((change) => !isReflected(stored, change, articleId));
    if (open.length !== pending.length) setPending(open);
  }
  return useMemo(
    () => withPendingChanges(stored, pending, articleId),
    [stored, pending, articleId],
  );
}

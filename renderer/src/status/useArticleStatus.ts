import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useContext, useRef } from 'react';
import type { ArticleId, ArticleStatus } from '../db/records';
import { WorkspaceContext } from '../shell/workspace-context';
import { readOnlyReasonNow } from '../storage/write-guard';
import { STATUS_LABELS, statusChange, statusOf } from './article-status';
import { readStatusRow } from './status-repository';

/** One article's status for the analyst, live, and a setter that goes through undo. */
export interface ArticleStatusHandle {
  /** `undefined` while it is read. */
  status: ArticleStatus | undefined;
  /** Sets the status (one undoable step); answers what happened, for a status line. */
  set(status: ArticleStatus): Promise<string>;
}

/** The open article's status for this analyst (`analyst` of the workspace). */
export function useArticleStatus(articleId: ArticleId, title: string): ArticleStatusHandle {
  const workspace = useContext(WorkspaceContext);
  const analyst = workspace?.analyst.id;
  const status = useLiveQuery(
    async () => (analyst ? statusOf(await readStatusRow(articleId, analyst)) : undefined),
    [articleId, analyst],
  );
  // Each change is built from the row as stored after the one before was written, so two
  // quick presses of the key compose instead of failing the second's `before` check.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const set = useCallback(
    (next: ArticleStatus): Promise<string> => {
      const run = async () => {
        const readOnly = readOnlyReasonNow();
        if (readOnly !== null) return `Nothing was changed: ${readOnly}`;
        if (!workspace) return 'The workspace is still opening; try again in a moment.';
        const stored = await readStatusRow(articleId, workspace.analyst.id);
        const change = await workspace.history.apply(
          statusChange(articleId, workspace.analyst.id, stored, next, title),
        );
        // The title is on screen above: the line says the status alone.
        return (change.rows ?? []).length === 0
          ? ''
          : `Marked ${STATUS_LABELS[next].toLowerCase()}.`;
      };
      const done = queue.current.then(run, run);
      queue.current = done.catch(() => undefined);
      return done.catch(
        (error: unknown) =>
          `Nothing was changed: ${error instanceof Error ? error.message : String(error)}`,
      );
    },
    [articleId, title, workspace],
  );
  return { status, set };
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useContext, useMemo, useState } from 'react';
import type { ArticleId, ArticleStatus } from '../db/records';
import { WorkspaceContext } from '../shell/workspace-context';
import { statusesOfAnalyst } from './status-repository';

/** The library's status column and filter: this analyst's statuses, and the one filtered by. */
export interface LibraryStatuses {
  statusOf(id: ArticleId): ArticleStatus;
  /** The status the library is filtered by; `null` shows every status. */
  filter: ArticleStatus | null;
  setFilter(status: ArticleStatus | null): void;
  /** `rows` with the filter's status (all of them without a filter). */
  apply<Row extends { id: ArticleId }>(rows: readonly Row[]): readonly Row[];
}

const NO_STATUSES = new Map<ArticleId, ArticleStatus>();

/**
 * This analyst's statuses, live (one indexed read of their rows, not of the articles), for
 * the library's column and filter.
 */
export function useLibraryStatuses(): LibraryStatuses {
  const analyst = useContext(WorkspaceContext)?.analyst.id;
  const statuses =
    useLiveQuery(() => (analyst ? statusesOfAnalyst(analyst) : NO_STATUSES), [analyst]) ??
    NO_STATUSES;
  const [filter, setFilter] = useState<ArticleStatus | null>(null);
  const statusOf = useCallback((id: ArticleId) => statuses.get(id) ?? 'new', [statuses]);
  const apply = useCallback(
    <Row extends { id: ArticleId }>(rows: readonly Row[]) =>
      filter === null ? rows : rows.filter((row) => statusOf(row.id) === filter),
    [filter, statusOf],
  );
  return useMemo(() => ({ statusOf, filter, setFilter, apply }), [statusOf, filter, apply]);
}

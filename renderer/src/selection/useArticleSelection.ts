import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { AuthorId } from '../annotation/types';
import type { ArticleId, SavedQueryRecord } from '../db/records';
import { listSavedQueries, savedSearchOf } from '../search/saved-query-repository';
import { searchVocabulary } from '../search/search-vocabulary';
import { useActiveCodebook } from '../store/useActiveCodebook';
import { articlesWithStatus } from '../status/status-repository';
import { ALL_ARTICLES, type ArticleSelection } from './article-selection';
import { articlesOfSavedSearch } from './saved-query-articles';

/** What a selection resolved to. */
export type ResolvedSelection =
  | { kind: 'all' }
  | { kind: 'resolving' }
  | { kind: 'ids'; ids: readonly ArticleId[] }
  | { kind: 'failed'; error: string };

export interface ArticleSelectionState {
  selection: ArticleSelection;
  setSelection(selection: ArticleSelection): void;
  resolved: ResolvedSelection;
}

export interface ArticleSelectionOptions {
  /** Whose statuses a status selection reads. */
  analystId: AuthorId;
  initial?: ArticleSelection;
  /**
   * False while the screen does not use the selection (the Export dialog's other scopes):
   * nothing is read, and it resolves as `resolving`.
   */
  isWanted?: boolean;
}

/**
 * A selection of articles and what it resolves to: the analyst's statuses read (and read
 * again when they change), a saved query run through the search worker.
 */
export function useArticleSelection({
  analystId,
  initial = ALL_ARTICLES,
  isWanted = true,
}: ArticleSelectionOptions): ArticleSelectionState {
  const codebook = useActiveCodebook();
  const vocabulary = useMemo(
    () => (codebook ? searchVocabulary(codebook.codebook) : undefined),
    [codebook],
  );
  const [selection, setSelection] = useState(initial);
  const status = isWanted && selection.kind === 'status' ? selection.status : null;
  const queryId = isWanted && selection.kind === 'saved' ? selection.queryId : null;
  const byStatus = useLiveQuery(
    () => (status === null ? undefined : articlesWithStatus(analystId, status)),
    [analystId, status],
  );
  const saved = useLiveQuery(
    () => (queryId === null ? undefined : listSavedQueries()),
    [queryId === null],
  );
  const record = saved?.find((row) => row.id === queryId);
  const search = record ? savedSearchOf(record) : null;
  // The answer for one stored version of the query: a query saved again is run again.
  const [bySavedQuery, setBySavedQuery] = useState<{
    record: SavedQueryRecord;
    resolved: ResolvedSelection;
  } | null>(null);

  useEffect(() => {
    if (!record || !search || !vocabulary) return;
    let isCurrent = true;
    articlesOfSavedSearch(search, vocabulary).then(
      (ids) => isCurrent && setBySavedQuery({ record, resolved: { kind: 'ids', ids } }),
      (error: unknown) =>
        isCurrent &&
        setBySavedQuery({
          record,
          resolved: {
            kind: 'failed',
            error: `“${record.name}” could not run: ${error instanceof Error ? error.message : String(error)}`,
          },
        }),
    );
    return () => {
      isCurrent = false;
    };
    // `search` is derived from `record`: the record's identity says when it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [record, vocabulary]);

  const resolved = useMemo((): ResolvedSelection => {
    if (!isWanted) return { kind: 'resolving' };
    if (selection.kind === 'all') return { kind: 'all' };
    if (selection.kind === 'status')
      return byStatus === undefined ? { kind: 'resolving' } : { kind: 'ids', ids: byStatus };
    if (saved !== undefined && !record)
      return { kind: 'failed', error: 'This saved query was deleted.' };
    if (record && !search)
      return { kind: 'failed', error: 'This query was saved by a newer version of Sourcemark.' };
    return bySavedQuery && bySavedQuery.record === record
      ? bySavedQuery.resolved
      : { kind: 'resolving' };
  }, [isWanted, selection, byStatus, saved, record, search, bySavedQuery]);

  return { selection, setSelection, resolved };
}

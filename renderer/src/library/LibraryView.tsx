/** The library screen: filter box, article count, and the table (or its empty states). */
import { memo, useEffect, useEffectEvent, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ArticleId } from '../db/records';
import { GettingStarted } from '../help/GettingStarted';
import { LibraryRowMenu } from '../library-actions/LibraryRowMenu';
import { useLibraryRowActions } from '../library-actions/useLibraryRowActions';
import { useLibraryUndoKeys } from '../library-actions/useLibraryUndoKeys';
import {
  DEFAULT_SORT,
  foldAhead,
  nextSortOrder,
  SortKeys,
  sortRows,
  type SortOrder,
} from './library-rows';
import { LibraryTable, type LibraryTableHandle } from './LibraryTable';
import { useFilteredRows } from './useFilteredRows';
import { useLibraryRows } from './useLibraryRows';
import { STATUS_LABELS } from '../status/article-status';
import { StatusFilter } from '../status/StatusFilter';
import { useLibraryStatuses } from '../status/useLibraryStatuses';

interface LibraryViewProps {
  /** Whether the library is on screen; it stays mounted behind the reader to keep its state. */
  isActive: boolean;
  selectedId: ArticleId | null;
  onSelect: (id: ArticleId) => void;
  onOpen: (id: ArticleId) => void;
  /** Shown instead of the table when the library holds no article. */
  emptyState: ReactNode;
  /** Says what a row action did (delete, archive, undo). */
  notify: (message: string) => void;
  /** Opens the export dialog for one article (the row menu's "Export…"). */
  onExportArticle?: (id: ArticleId) => void;
}

function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function countLabel(visible: number, total: number): string {
  const noun = total === 1 ? 'article' : 'articles';
  return visible === total ? `${total} ${noun}` : `${visible} of ${total} ${noun}`;
}

/**
 * The library view (`/` focuses the filter; arrows and Enter work in the table). Memoised:
 * the shell re-renders for notices and dialogs, and a 10,000-row table must not follow.
 */
export const LibraryView = memo(function LibraryView({
  isActive,
  selectedId,
  onSelect,
  onOpen,
  emptyState,
  notify,
  onExportArticle,
}: LibraryViewProps) {
  const { rows: allRows, reading } = useLibraryRows(isActive);
  const [showArchived, setShowArchived] = useState(false);
  const archivedCount = useMemo(
    () => allRows?.reduce((sum, row) => sum + (row.archived ? 1 : 0), 0) ?? 0,
    [allRows],
  );
  // Archived articles are out of the default view; "Show archived" lists them too.
  const rows = useMemo(
    () => (showArchived || archivedCount === 0 ? allRows : allRows?.filter((row) => !row.archived)),
    [allRows, showArchived, archivedCount],
  );
  const actions = useLibraryRowActions(notify);
  const [menu, setMenu] = useState<{ id: ArticleId; at: { x: number; y: number } } | null>(null);
  useLibraryUndoKeys(isActive && menu === null, actions);
  const [query, setQuery] = useState('');
  const [sortOrder, setSortOrder] = useState<SortOrder>(DEFAULT_SORT);
  const filterRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<LibraryTableHandle>(null);

  // Each step runs again only when its input changed: an import's chunk changes the rows,
  // not the query, and typing changes the query, not the rows. Sorted first, filtered after
  // (a filter keeps the order): a keystroke filters the sorted library and sorts nothing.
  const statuses = useLibraryStatuses();
  // Collation ranks of the library's rows, computed per column at its first sort and kept
  // until the rows change: each click's sort compares integers.
  const sortKeys = useMemo(() => new SortKeys(rows ?? []), [rows]);
  const sorted = useMemo(
    () => sortRows(rows ?? [], sortOrder, sortKeys),
    [rows, sortOrder, sortKeys],
  );
  const filtered = useFilteredRows(sorted, query);
  const visible = useMemo(() => statuses.apply(filtered), [filtered, statuses]);
  // The filter's folded text and the long text columns' ranks, made between frames while
  // nobody types or sorts yet.
  useEffect(() => {
    if (!rows || !isActive) return;
    const stop = new AbortController();
    void (async () => {
      await foldAhead(rows, stop.signal);
      await sortKeys.prepare('title', stop.signal);
      await sortKeys.prepare('source', stop.signal);
    })();
    return () => stop.abort();
  }, [rows, sortKeys, isActive]);

  const onSlash = useEffectEvent((event: KeyboardEvent) => {
    if (event.key !== '/' || event.defaultPrevented || isTypingTarget(event.target)) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    filterRef.current?.focus();
    filterRef.current?.select();
  });
  useEffect(() => {
    if (!isActive) return;
    const listener = (event: KeyboardEvent) => onSlash(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [isActive]);

  // Back from the reader: the keyboard continues from the article that was open.
  const wasActive = useRef(isActive);
  useEffect(() => {
    if (isActive && !wasActive.current && selectedId) tableRef.current?.focusRow(selectedId);
    wasActive.current = isActive;
  }, [isActive, selectedId]);

  if (rows === undefined || allRows === undefined)
    return <section className="library" hidden={!isActive} />;

  const focusTable = () => {
    const target = visible.find((row) => row.id === selectedId) ?? visible[0];
    if (target) {
      onSelect(target.id);
      tableRef.current?.focusRow(target.id);
    }
  };

  return (
    <section className="library" aria-labelledby="library-heading" hidden={!isActive}>
      <div className="library-toolbar">
        <h1 id="library-heading">Library</h1>
        {rows.length > 0 && (
          <>
            <div className="filter-box">
              <input
                ref={filterRef}
                type="text"
                aria-label="Filter articles"
                aria-keyshortcuts="/"
                placeholder="Filter by title, outlet, byline, date, source…"
                value={query}
                spellCheck={false}
                onChange={(event) => setQuery(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'ArrowDown') {
                    event.preventDefault();
                    focusTable();
                  } else if (event.key === 'Escape' && query !== '') {
                    event.preventDefault();
                    setQuery('');
                  }
                }}
              />
              <kbd aria-hidden="true">/</kbd>
            </div>
            <StatusFilter value={statuses.filter} onChange={statuses.setFilter} />
            <p className="library-count">
              {reading === null
                ? countLabel(visible.length, rows.length)
                : reading.total === undefined
                  ? `Reading… ${allRows.length} articles`
                  : `Reading… ${allRows.length} of ${reading.total} articles`}
            </p>
          </>
        )}
        {archivedCount > 0 && (
          <label className="show-archived">
            <input
              type="checkbox"
              checked={showArchived}
              onChange={(event) => setShowArchived(event.target.checked)}
            />
            Show archived ({archivedCount})
          </label>
        )}
      </div>
      {allRows.length > 0 && <GettingStarted />}
      {allRows.length === 0 ? (
        emptyState
      ) : rows.length === 0 ? (
        <div className="no-match">
          <p>Every article is archived.</p>
          <button type="button" onClick={() => setShowArchived(true)}>
            Show archived
          </button>
        </div>
      ) : (
        <div className="table-frame" ref={bodyRef}>
          <LibraryTable
            ref={tableRef}
            scroller={bodyRef}
            rows={visible}
            sortOrder={sortOrder}
            onSort={(key) => setSortOrder((current) => nextSortOrder(current, key))}
            selectedId={selectedId}
            onSelect={onSelect}
            onOpen={onOpen}
            onRowMenu={(id, at) => setMenu({ id, at })}
            onDeleteRow={(id) => actions.remove([id])}
            statusOf={statuses.statusOf}
          />
          {visible.length === 0 && (
            <div className="no-match">
              <p>
                No article matches
                {query.trim() && ` “${query.trim()}”`}
                {statuses.filter && ` with status ${STATUS_LABELS[statuses.filter].toLowerCase()}`}.
              </p>
              <button
                type="button"
                onClick={() => {
                  setQuery('');
                  statuses.setFilter(null);
                }}
              >
                Clear filter
              </button>
            </div>
          )}
        </div>
      )}
      {menu && (
        <LibraryRowMenu
          row={allRows.find((row) => row.id === menu.id)}
          at={menu.at}
          actions={actions}
          notify={notify}
          onOpen={onOpen}
          onExport={onExportArticle}
          onClose={() => {
            const id = menu.id;
            setMenu(null);
            tableRef.current?.focusRow(id);
          }}
        />
      )}
    </section>
  );
});

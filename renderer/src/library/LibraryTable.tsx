/**
 * The library as a table: sortable headers, one row per article, arrow keys move the
 * selection. Only the rows near the viewport are in the page (`useRowWindow`): a library of
 * 10,000 articles lays out and paints a few dozen rows when an import adds some, or a sort
 * or a scroll moves them.
 */
import {
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
  type Ref,
  type RefObject,
} from 'react';
import type { ArticleId, ArticleStatus } from '../db/records';
import type { LibraryRow, SortKey, SortOrder } from './library-rows';
import { LibraryTableRow } from './LibraryTableRow';
import { useRowWindow } from './useRowWindow';

const COLUMNS: { key: SortKey; label: string; className: string }[] = [
  { key: 'title', label: 'Title', className: 'col-title' },
  { key: 'outlet', label: 'Outlet', className: 'col-outlet' },
  { key: 'byline', label: 'Byline', className: 'col-byline' },
  { key: 'published', label: 'Published', className: 'col-published' },
  { key: 'source', label: 'Source file', className: 'col-source' },
  { key: 'language', label: 'Language', className: 'col-language' },
  { key: 'added', label: 'Added', className: 'col-added' },
  { key: 'annotations', label: 'Annotations', className: 'col-count' },
];

/** What the library view asks of its table. */
export interface LibraryTableHandle {
  /** Focuses the row of `id`, scrolling it into view (and into the page) first. */
  focusRow(id: ArticleId): void;
}

interface LibraryTableProps {
  rows: readonly LibraryRow[];
  sortOrder: SortOrder;
  onSort: (key: SortKey) => void;
  /** The row that has the keyboard focus stop (the first row when none is selected). */
  selectedId: ArticleId | null;
  onSelect: (id: ArticleId) => void;
  onOpen: (id: ArticleId) => void;
  /** Opens the row menu of `id` at a point of the viewport (right click, menu key, Shift+F10). */
  onRowMenu?: (id: ArticleId, at: { x: number; y: number }) => void;
  /** Delete on a row: moves the article to the trash. */
  onDeleteRow?: (id: ArticleId) => void;
  /** The element the table scrolls in. */
  scroller: RefObject<HTMLElement | null>;
  /** The analyst's status of each article (the Status column); no column without it. */
  statusOf?: (id: ArticleId) => ArticleStatus;
  ref?: Ref<LibraryTableHandle>;
}

const keyOf = (row: LibraryRow) => row.id;

function rowElement(body: HTMLElement | null, id: ArticleId): HTMLElement | null {
  return body?.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id)}"]`) ?? null;
}

/** The library table (`aria-label` "Library"). Clicking a row or pressing Enter opens it. */
export function LibraryTable({
  rows,
  sortOrder,
  onSort,
  selectedId,
  onSelect,
  onOpen,
  onRowMenu,
  onDeleteRow,
  scroller,
  statusOf,
  ref,
}: LibraryTableProps) {
  const before = useRef<HTMLTableSectionElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const { window: shown, scrollToIndex } = useRowWindow({
    scroller,
    start: before,
    body,
    rows,
    keyOf,
  });
  // A row to focus once it is rendered: keys and `focusRow` may reach one off the window.
  const pendingFocus = useRef<ArticleId | null>(null);
  const selectedIndex = Math.max(
    0,
    rows.findIndex((row) => row.id === selectedId),
  );

  const focusIndex = (index: number) => {
    const row = rows[index];
    if (!row) return;
    const element = rowElement(body.current, row.id);
    if (element) {
      element.focus();
      element.scrollIntoView({ block: 'nearest' });
    } else {
      pendingFocus.current = row.id;
      scrollToIndex(index);
    }
  };

  useLayoutEffect(() => {
    const id = pendingFocus.current;
    const element = id === null ? null : rowElement(body.current, id);
    if (!element) return;
    pendingFocus.current = null;
    element.focus();
    element.scrollIntoView({ block: 'nearest' });
  });

  useImperativeHandle(ref, () => ({
    focusRow: (id) => focusIndex(rows.findIndex((row) => row.id === id)),
  }));

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const steps: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: 10,
      PageUp: -10,
      Home: -rows.length,
      End: rows.length,
    };
    const step = steps[event.key];
    if (step !== undefined && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      const index = Math.min(rows.length - 1, Math.max(0, selectedIndex + step));
      const next = rows[index];
      if (next) {
        onSelect(next.id);
        focusIndex(index);
      }
    } else if (event.key === 'Enter') {
      const row = rows[selectedIndex];
      if (row) {
        event.preventDefault();
        onOpen(row.id);
      }
    } else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      const row = rows[selectedIndex];
      const box = row && rowElement(body.current, row.id)?.getBoundingClientRect();
      if (row && box && onRowMenu) {
        event.preventDefault();
        onRowMenu(row.id, { x: box.left + 24, y: box.bottom });
      }
    } else if (event.key === 'Delete' && !event.altKey && !event.ctrlKey && !event.metaKey) {
      const row = rows[selectedIndex];
      if (row && onDeleteRow) {
        event.preventDefault();
        onDeleteRow(row.id);
      }
    }
  };

  const onContextMenu = (event: MouseEvent<HTMLTableSectionElement>) => {
    const id = (event.target as HTMLElement).closest<HTMLElement>('tr[data-id]')?.dataset['id'];
    if (!id || !onRowMenu) return;
    event.preventDefault();
    onSelect(id as ArticleId);
    onRowMenu(id as ArticleId, { x: event.clientX, y: event.clientY });
  };

  // Tab reaches the table through its selected row; when that row is off the window, the
  // row group takes the focus stop and hands it on.
  const isFocusStopShown = selectedIndex >= shown.first && selectedIndex < shown.end;

  return (
    // Explicit roles: the stylesheet lays the table out as grids (see `.library-table`), and
    // the row count and indexes tell assistive technology about the rows not rendered.
    <table
      className="library-table"
      aria-label="Library"
      role="table"
      aria-rowcount={rows.length + 1}
    >
      <thead role="rowgroup">
        <tr role="row" aria-rowindex={1}>
          {COLUMNS.map((column) => {
            const isSorted = sortOrder.key === column.key;
            return (
              <th
                key={column.key}
                role="columnheader"
                scope="col"
                className={column.className}
                aria-sort={isSorted ? sortOrder.direction : 'none'}
              >
                <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                  {column.label}
                  <span className="sort-arrow" aria-hidden="true">
                    {isSorted ? (sortOrder.direction === 'ascending' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            );
          })}
          {statusOf && (
            <th role="columnheader" scope="col" className="col-status">
              Status
            </th>
          )}
        </tr>
      </thead>
      <tbody
        ref={before}
        aria-hidden="true"
        className="row-spacer"
        style={{ height: shown.before }}
      />
      <tbody
        ref={body}
        role="rowgroup"
        tabIndex={isFocusStopShown ? undefined : 0}
        onFocus={(event) => {
          if (event.target === event.currentTarget) focusIndex(selectedIndex);
        }}
        onKeyDown={onKeyDown}
        onContextMenu={onContextMenu}
      >
        {rows.slice(shown.first, shown.end).map((row, offset) => {
          const index = shown.first + offset;
          return (
            <LibraryTableRow
              key={row.id}
              row={row}
              rowIndex={index + 2}
              isFocusStop={index === selectedIndex}
              isSelected={index === selectedIndex && selectedId === row.id}
              onSelect={onSelect}
              onOpen={onOpen}
              status={statusOf?.(row.id)}
            />
          );
        })}
      </tbody>
      <tbody aria-hidden="true" className="row-spacer" style={{ height: shown.after }} />
    </table>
  );
}

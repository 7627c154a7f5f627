/** The library as a table: sortable headers, one row per article, arrow keys move the selection. */
import type { KeyboardEvent } from 'react';
import type { ArticleId } from '../db/records';
import { fileNameOf } from '../format/file-name';
import { formatDate, formatDateTime } from '../format/format-date';
import { languageName } from '../format/format-language';
import { formatPublishedDate } from '../format/format-published-date';
import { SourceMissingBadge } from '../sources/SourceMissingBadge';
import type { LibraryRow, SortKey, SortOrder } from './library-rows';

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

interface LibraryTableProps {
  rows: LibraryRow[];
  sortOrder: SortOrder;
  onSort: (key: SortKey) => void;
  /** The row that has the keyboard focus stop (the first row when none is selected). */
  selectedId: ArticleId | null;
  onSelect: (id: ArticleId) => void;
  onOpen: (id: ArticleId) => void;
}

/** An empty cell: nothing was found and the analyst added nothing. */
function NoValue() {
  return <span className="no-value">—</span>;
}

/** Focuses the row of `id` inside `body` and scrolls it into view. */
export function focusRow(body: HTMLElement | null, id: ArticleId): void {
  const row = body?.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id)}"]`);
  row?.focus();
  row?.scrollIntoView({ block: 'nearest' });
}

/** The library table (`aria-label` "Library"). Clicking a row or pressing Enter opens it. */
export function LibraryTable({
  rows,
  sortOrder,
  onSort,
  selectedId,
  onSelect,
  onOpen,
}: LibraryTableProps) {
  const selectedIndex = Math.max(
    0,
    rows.findIndex((row) => row.id === selectedId),
  );

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
      const next = rows[Math.min(rows.length - 1, Math.max(0, selectedIndex + step))];
      if (next) {
        onSelect(next.id);
        focusRow(event.currentTarget, next.id);
      }
    } else if (event.key === 'Enter') {
      const row = rows[selectedIndex];
      if (row) {
        event.preventDefault();
        onOpen(row.id);
      }
    }
  };

  return (
    <table className="library-table" aria-label="Library">
      <thead>
        <tr>
          {COLUMNS.map((column) => {
            const isSorted = sortOrder.key === column.key;
            return (
              <th
                key={column.key}
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
        </tr>
      </thead>
      <tbody onKeyDown={onKeyDown}>
        {rows.map((row, index) => {
          const isSelected = index === selectedIndex;
          return (
            <tr
              key={row.id}
              data-id={row.id}
              tabIndex={isSelected ? 0 : -1}
              aria-current={isSelected && selectedId === row.id ? 'true' : undefined}
              className={isSelected && selectedId === row.id ? 'is-selected' : undefined}
              onFocus={() => onSelect(row.id)}
              onClick={() => onOpen(row.id)}
            >
              <td className="col-title">{row.title}</td>
              <td className="col-outlet">{row.outlet || <NoValue />}</td>
              <td className="col-byline">{row.byline || <NoValue />}</td>
              <td className="col-published">
                {row.publishedDate ? (
                  <time dateTime={row.publishedDate} title={formatPublishedDate(row.publishedDate)}>
                    {formatPublishedDate(row.publishedDate, true)}
                  </time>
                ) : (
                  <NoValue />
                )}
              </td>
              <td className="col-source" title={row.sourcePath}>
                {fileNameOf(row.sourcePath)}
                <SourceMissingBadge isMissing={row.sourceMissing} path={row.sourcePath} />
              </td>
              <td className="col-language" title={languageName(row.language)}>
                {row.language === 'und' ? '—' : row.language}
              </td>
              <td className="col-added">
                {/* The day only, to leave room for the metadata columns; the time on hover. */}
                <time dateTime={row.addedAt} title={formatDateTime(row.addedAt)}>
                  {formatDate(row.addedAt)}
                </time>
              </td>
              <td className="col-count">{row.annotationCount}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

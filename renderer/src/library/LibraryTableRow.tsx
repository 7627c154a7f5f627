/** One article's row of the library table. */
import { memo } from 'react';
import type { ArticleId, ArticleStatus } from '../db/records';
import { STATUS_LABELS } from '../status/article-status';
import { ShortFileName } from '../format/ShortFileName';
import { fileNameOf } from '../format/file-name';
import { formatDate, formatDateTime } from '../format/format-date';
import { languageName } from '../format/format-language';
import { formatPublishedDate } from '../format/format-published-date';
import { SourceMissingBadge } from '../sources/SourceMissingBadge';
import type { LibraryRow } from './library-rows';

interface LibraryTableRowProps {
  row: LibraryRow;
  /** `aria-rowindex`: the row's place in the whole table (the header is 1). */
  rowIndex: number;
  /** The row holding the table's one focus stop. */
  isFocusStop: boolean;
  /** The selected article's row (highlighted, `aria-current`). */
  isSelected: boolean;
  onSelect: (id: ArticleId) => void;
  onOpen: (id: ArticleId) => void;
  /** The analyst's status of the article (the Status column), if the table shows it. */
  status?: ArticleStatus;
}

/** An empty cell: nothing was found and the analyst added nothing. */
function NoValue() {
  return <span className="no-value">—</span>;
}

/**
 * A `tr` for `row`; clicking it opens the article. Memoised: rows keep their objects until
 * their article changes (`library-feed.ts`), so a render of the table re-renders only the
 * rows that changed or moved.
 */
export const LibraryTableRow = memo(function LibraryTableRow({
  row,
  rowIndex,
  isFocusStop,
  isSelected,
  onSelect,
  onOpen,
  status,
}: LibraryTableRowProps) {
  return (
    <tr
      role="row"
      aria-rowindex={rowIndex}
      data-id={row.id}
      tabIndex={isFocusStop ? 0 : -1}
      aria-current={isSelected ? 'true' : undefined}
      className={isSelected ? 'is-selected' : undefined}
      onFocus={() => onSelect(row.id)}
      onClick={() => onOpen(row.id)}
    >
      <td role="cell" className="col-title">
        {row.title}
        {row.archived && <span className="archived-badge">Archived</span>}
      </td>
      <td role="cell" className="col-outlet">
        {row.outlet || <NoValue />}
      </td>
      <td role="cell" className="col-byline">
        {row.byline || <NoValue />}
      </td>
      <td role="cell" className="col-published">
        {row.publishedDate ? (
          <time dateTime={row.publishedDate} title={formatPublishedDate(row.publishedDate)}>
            {formatPublishedDate(row.publishedDate, true)}
          </time>
        ) : (
          <NoValue />
        )}
      </td>
      <td role="cell" className="col-source" title={row.sourcePath}>
        <ShortFileName name={fileNameOf(row.sourcePath)} />
        <SourceMissingBadge isMissing={row.sourceMissing} path={row.sourcePath} />
      </td>
      <td role="cell" className="col-language" title={languageName(row.language)}>
        {row.language === 'und' ? '—' : row.language}
      </td>
      <td role="cell" className="col-added">
        {/* The day only, to leave room for the metadata columns; the time on hover. */}
        <time dateTime={row.addedAt} title={formatDateTime(row.addedAt)}>
          {formatDate(row.addedAt)}
        </time>
      </td>
      <td
        role="cell"
        className="col-count"
        aria-label={row.annotationCount === null ? 'Counting annotations' : undefined}
      >
        {row.annotationCount ?? (
          <span className="counting" title="Counting annotations…" aria-hidden="true">
            …
          </span>
        )}
      </td>
      {status && (
        <td role="cell" className="col-status">
          <span className="status-chip" data-status={status}>
            {STATUS_LABELS[status]}
          </span>
        </td>
      )}
    </tr>
  );
});

/**
 * One concordance row: the hit with its left and right context, the article's date and title,
 * and the labels over the hit. Memoised on what it shows: while a search streams in, every
 * `found` message brings the head again as new objects (a structured clone), and a row that
 * says the same thing is not rendered again. The click is the list's (`Concordance`), so no
 * row holds a handler that changes with its parent.
 */
import { memo } from 'react';
import type { ResultRow } from './search-protocol';
import type { SearchVocabulary } from './search-vocabulary';

interface ConcordanceRowProps {
  row: ResultRow;
  index: number;
  /** The row the Tab key reaches (the window's first). */
  isTabStop: boolean;
  vocabulary: SearchVocabulary;
}

/** The row's identity in its search: one hit of one article. */
export const rowKey = (row: ResultRow) => `${row.articleId}:${row.start}:${row.end}`;

const NO_COLOUR = '#5c6370';

function ConcordanceRowView({ row, index, isTabStop, vocabulary }: ConcordanceRowProps) {
  const key = rowKey(row);
  return (
    <li data-id={key} data-index={index}>
      <button
        type="button"
        className="concordance-row"
        tabIndex={isTabStop ? 0 : -1}
        aria-label={`${row.left}${row.match}${row.right} — ${row.title}`}
      >
        <span className="kwic-meta">
          <time className="kwic-date">{row.publishedDate.slice(0, 10) || '—'}</time>
          <span className="kwic-title">{row.title}</span>
        </span>
        <span className="kwic-left">
          <span>{row.left}</span>
        </span>
        <mark className="kwic-match">{row.match}</mark>
        <span className="kwic-right">{row.right}</span>
        <span
          className="kwic-labels"
          title={
            row.itemIds.length > 0
              ? row.itemIds.map((id) => vocabulary.itemLabels[id] ?? id).join(', ')
              : undefined
          }
        >
          {row.itemIds.map((itemId) => (
            <span key={itemId} className="kwic-chip">
              <span
                className="swatch"
                style={{ backgroundColor: vocabulary.itemColours[itemId] ?? NO_COLOUR }}
              />
              {vocabulary.itemLabels[itemId] ?? itemId}
            </span>
          ))}
        </span>
      </button>
    </li>
  );
}

/** Whether two rows show the same thing (each field the row draws). */
export function isSameRow(a: ResultRow, b: ResultRow): boolean {
  return (
    a === b ||
    (a.articleId === b.articleId &&
      a.start === b.start &&
      a.end === b.end &&
      a.left === b.left &&
      a.match === b.match &&
      a.right === b.right &&
      a.title === b.title &&
      a.publishedDate === b.publishedDate &&
      a.itemIds.length === b.itemIds.length &&
      a.itemIds.every((id, i) => id === b.itemIds[i]))
  );
}

export const ConcordanceRow = memo(
  ConcordanceRowView,
  (before, after) =>
    before.index === after.index &&
    before.isTabStop === after.isTabStop &&
    before.vocabulary === after.vocabulary &&
    isSameRow(before.row, after.row),
);

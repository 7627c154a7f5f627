/**
 * Results as a keyword-in-context concordance: each hit centred, its left context aligned
 * right against it and its right context left, with the article's date and title and the
 * labels over the hit. Only the rows near the viewport are in the page, and only they are
 * held: the rest stay in the search worker, asked for by index as the window moves
 * (`showRows`). Every row is one height (one line per column, CSS), so the window is worked
 * out from the count alone (`useUniformRowWindow`) and 100,000 hits scroll like 100. A row
 * not yet answered is an empty placeholder of that height. Arrow keys move between rows,
 * Enter opens the hit.
 */
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useUniformRowWindow } from '../library/useUniformRowWindow';
import type { ResultRow } from './search-protocol';
import type { SearchVocabulary } from './search-vocabulary';
import type { RowSlice } from './useSearchRun';

interface ConcordanceProps {
  /** Rows the search found. */
  count: number;
  /** The rows held: those of the window, once answered. */
  shown: RowSlice;
  /** Asks for rows `[from, to)`, the window's. */
  showRows(from: number, to: number): void;
  vocabulary: SearchVocabulary;
  onOpen(row: ResultRow): void;
}

/** A row's height before one is measured: two lines of 12 px type and the padding. */
const ROW_ESTIMATE_PX = 45;

const keyOf = (row: ResultRow) => `${row.articleId}:${row.start}:${row.end}`;

function rowButton(body: HTMLElement | null, index: number): HTMLElement | null {
  return body?.querySelector<HTMLElement>(`[data-index="${index}"] button`) ?? null;
}

export function Concordance({ count, shown, showRows, vocabulary, onOpen }: ConcordanceProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const before = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLOListElement>(null);
  const {
    window: rowWindow,
    rowHeight,
    scrollToIndex,
  } = useUniformRowWindow({ scroller, start: before, body, count, estimate: ROW_ESTIMATE_PX });
  const pendingFocus = useRef<number | null>(null);
  const { first, end } = rowWindow;
  // Asked again whenever the window or the count moves; a no-op when the rows are held.
  useEffect(() => showRows(first, end), [showRows, first, end, count, shown]);

  useLayoutEffect(() => {
    if (pendingFocus.current === null) return;
    const button = rowButton(body.current, pendingFocus.current);
    if (!button) return;
    pendingFocus.current = null;
    button.focus();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const current = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!current) return;
    const index = Number(current.dataset.index);
    const next =
      event.key === 'ArrowDown'
        ? index + 1
        : event.key === 'ArrowUp'
          ? index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? count - 1
              : null;
    if (next === null || next < 0 || next >= count) return;
    event.preventDefault();
    const button = rowButton(body.current, next);
    if (button) {
      button.focus();
      button.scrollIntoView({ block: 'nearest' });
    } else {
      pendingFocus.current = next;
      scrollToIndex(next);
    }
  };

  return (
    <div className="concordance" ref={scroller}>
      <div ref={before} aria-hidden="true" style={{ height: rowWindow.before }} />
      <ol className="concordance-rows" ref={body} aria-label="Search results" onKeyDown={onKeyDown}>
        {Array.from({ length: end - first }, (_, offset) => {
          const index = first + offset;
          const row = shown.rows[index - shown.from];
          if (!row)
            return (
              <li
                key={`waiting:${index}`}
                data-index={index}
                aria-hidden="true"
                className="concordance-waiting"
                style={{ height: rowHeight }}
              />
            );
          return (
            <li key={keyOf(row)} data-id={keyOf(row)} data-index={index}>
              <button
                type="button"
                className="concordance-row"
                tabIndex={index === first ? 0 : -1}
                onClick={() => onOpen(row)}
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
                        style={{ backgroundColor: vocabulary.itemColours[itemId] ?? '#5c6370' }}
                      />
                      {vocabulary.itemLabels[itemId] ?? itemId}
                    </span>
                  ))}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <div aria-hidden="true" style={{ height: rowWindow.after }} />
    </div>
  );
}

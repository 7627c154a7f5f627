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
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useUniformRowWindow } from '../library/useUniformRowWindow';
import { ConcordanceRow, rowKey } from './ConcordanceRow';
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

  // One handler for every row (Enter on a row's button clicks it too), so a row's props are
  // only what it shows and a row that shows the same is not rendered again.
  const onClick = (event: MouseEvent<HTMLOListElement>) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const row = item && shown.rows[Number(item.dataset.index) - shown.from];
    if (row) onOpen(row);
  };

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
      <ol
        className="concordance-rows"
        ref={body}
        aria-label="Search results"
        // Mounted at the submit: no empty list is announced before the first rows.
        hidden={count === 0}
        onKeyDown={onKeyDown}
        onClick={onClick}
      >
        {Array.from({ length: end - first }, (_, offset) => {
          const index = first + offset;
          const row = shown.rows[index - shown.from];
          return row ? (
            <ConcordanceRow
              key={rowKey(row)}
              row={row}
              index={index}
              isTabStop={index === first}
              vocabulary={vocabulary}
            />
          ) : (
            <li
              key={`waiting:${index}`}
              data-index={index}
              aria-hidden="true"
              className="concordance-waiting"
              style={{ height: rowHeight }}
            />
          );
        })}
      </ol>
      <div aria-hidden="true" style={{ height: rowWindow.after }} />
    </div>
  );
}

/**
 * Results as a keyword-in-context concordance: each hit centred, its left context aligned
 * right against it and its right context left, with the article's date and title and the
 * labels over the hit. Only the rows near the viewport are in the page (`useRowWindow`), so
 * 100,000 hits scroll like 100. Arrow keys move between rows, Enter opens the hit.
 */
import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useRowWindow } from '../library/useRowWindow';
import type { ResultRow } from './search-protocol';
import type { SearchVocabulary } from './search-vocabulary';

interface ConcordanceProps {
  rows: readonly ResultRow[];
  vocabulary: SearchVocabulary;
  onOpen(row: ResultRow): void;
}

const keyOf = (row: ResultRow) => `${row.articleId}:${row.start}:${row.end}`;

function rowButton(body: HTMLElement | null, index: number): HTMLElement | null {
  return body?.querySelector<HTMLElement>(`[data-index="${index}"] button`) ?? null;
}

export function Concordance({ rows, vocabulary, onOpen }: ConcordanceProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const before = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLOListElement>(null);
  const { window: shown, scrollToIndex } = useRowWindow({
    scroller,
    start: before,
    body,
    rows,
    keyOf,
  });
  const pendingFocus = useRef<number | null>(null);

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
              ? rows.length - 1
              : null;
    if (next === null || next < 0 || next >= rows.length) return;
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
      <div ref={before} aria-hidden="true" style={{ height: shown.before }} />
      <ol className="concordance-rows" ref={body} aria-label="Search results" onKeyDown={onKeyDown}>
        {rows.slice(shown.first, shown.end).map((row, offset) => {
          const index = shown.first + offset;
          return (
            <li key={keyOf(row)} data-id={keyOf(row)} data-index={index}>
              <button
                type="button"
                className="concordance-row"
                tabIndex={index === shown.first ? 0 : -1}
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
                <span className="kwic-labels">
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
      <div aria-hidden="true" style={{ height: shown.after }} />
    </div>
  );
}

/**
 * One page of the occurrences "annotate all occurrences" found, each with its checkbox and
 * context, and the buttons to the other pages. A page at a time: across a library of
 * 10,000 articles a common word has 100,000 hits, and a list of them all was 1.4 million
 * DOM nodes and 2.7 GB of page (issue 14).
 */
import type { Occurrence } from './useOccurrences';

/** Occurrences per page. */
export const PAGE_SIZE = 100;
/** Characters of context shown on each side of a hit. */
const CONTEXT = 40;

const count = (value: number) => value.toLocaleString('en');

interface OccurrencePagerProps {
  found: readonly Occurrence[];
  /** The page shown, from 0. */
  page: number;
  onPage: (page: number) => void;
  /** Across the library: each hit names its article. */
  showTitles: boolean;
  isTicked: (occurrence: Occurrence) => boolean;
  /** Flips the tick of the occurrence whose key (`articleId:start`) is given. */
  onToggle: (key: string) => void;
}

/** The list `Occurrences` (one page of it) and, when there are several, the pager. */
export function OccurrencePager({
  found,
  page,
  onPage,
  showTitles,
  isTicked,
  onToggle,
}: OccurrencePagerProps) {
  const pages = Math.max(1, Math.ceil(found.length / PAGE_SIZE));
  const first = page * PAGE_SIZE;
  const shown = found.slice(first, first + PAGE_SIZE);
  return (
    <>
      <ul className="occurrence-list" aria-label="Occurrences">
        {shown.map((occurrence) => {
          const { span, text: body } = occurrence;
          const key = `${occurrence.articleId}:${span.start}`;
          return (
            <li key={key}>
              <label>
                <input
                  type="checkbox"
                  checked={isTicked(occurrence)}
                  onChange={() => onToggle(key)}
                />
                {occurrence.isChrome && <span className="occurrence-chrome">Page chrome</span>}
                {showTitles && <span className="occurrence-title">{occurrence.title}</span>}
                <span className="quote-context">
                  …{body.slice(Math.max(0, span.start - CONTEXT), span.start)}
                </span>
                <mark>{body.slice(span.start, span.end)}</mark>
                <span className="quote-context">{body.slice(span.end, span.end + CONTEXT)}…</span>
              </label>
            </li>
          );
        })}
      </ul>
      {pages > 1 && (
        <nav className="occurrence-pager" aria-label="Occurrence pages">
          <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
            Previous
          </button>
          <span>
            {count(first + 1)}–{count(first + shown.length)} of {count(found.length)}
          </span>
          <button type="button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
            Next
          </button>
        </nav>
      )}
    </>
  );
}

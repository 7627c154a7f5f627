/**
 * The article's annotations grouped by category, with a count per label, filterable by
 * label and author; an entry focuses its span.
 */
import { memo, useMemo, useState } from 'react';
import type { Annotation, SpanAnnotation } from '../annotation/types';
import { rootIdOf } from '../codebook/codebook-invariants';
import { getItem, pathLabel, type CodebookIndex } from '../codebook/codebook-lookup';
import { compareArticleRows } from '../store/article-rows';
import type { Group } from './annotation-groups';
import { createListSummaryDerivation, filterGroups } from './annotation-list-summary';
import { lowerBound } from '../store/lower-bound';

interface AnnotationListProps {
  /** In the store's order. */
  annotations: SpanAnnotation[];
  codebook: CodebookIndex;
  authorName: (authorId: string) => string;
  focused: Annotation | undefined;
  onFocus: (id: string) => void;
}

/** Rows shown per group before "Show more": a 10,000-annotation article stays light. */
const PAGE_SIZE = 50;

interface ListGroupProps {
  group: Group;
  codebook: CodebookIndex;
  /** The focused annotation when it belongs to this group's category, else null. */
  focused: SpanAnnotation | null;
  onFocus: (id: string) => void;
}

/** The row of `rows` (store order) with `row`'s id, found where `row` sorts; or undefined. */
function rowLike(rows: readonly SpanAnnotation[], row: SpanAnnotation) {
  const low = lowerBound<SpanAnnotation>(rows, row, compareArticleRows);
  return rows[low]?.id === row.id ? rows[low] : undefined;
}

/**
 * One category's entries, a page at a time; the focused entry is always shown. Memoised:
 * rendered again only when its own group changes or the focus moves in or out of it.
 */
const ListGroup = memo(function ListGroup({ group, codebook, focused, onFocus }: ListGroupProps) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const rows = group.rows.slice(0, shown);
  const focusedId = focused?.id ?? null;
  // Found by binary search: a pass over a 30,000-row group at every focus change was slow.
  const focusedRow = focused ? rowLike(group.rows, focused) : undefined;
  if (focusedRow && !rows.includes(focusedRow)) rows.push(focusedRow);
  return (
    <section className="list-group" aria-label={group.label}>
      <h3>
        {group.label} <span className="count">{group.rows.length}</span>
      </h3>
      <ul>
        {rows.map((row) => (
          <ListEntry
            key={row.id}
            row={row}
            colour={getItem(codebook, row.itemId)?.colour ?? '#5c6370'}
            label={getItem(codebook, row.itemId)?.label ?? row.itemId}
            isFocused={row.id === focusedId}
            onFocus={onFocus}
          />
        ))}
      </ul>
      {group.rows.length > shown && (
        <button
          type="button"
          className="link-button"
          onClick={() => setShown(shown + PAGE_SIZE * 4)}
        >
          Show more ({group.rows.length - shown} hidden)
        </button>
      )}
    </section>
  );
});

interface ListEntryProps {
  row: SpanAnnotation;
  colour: string;
  label: string;
  isFocused: boolean;
  onFocus: (id: string) => void;
}

/** One entry; memoised, so moving the focus re-renders two entries, not the list. */
const ListEntry = memo(function ListEntry({
  row,
  colour,
  label,
  isFocused,
  onFocus,
}: ListEntryProps) {
  return (
    <li>
      <button
        type="button"
        className={isFocused ? 'list-entry is-focused' : 'list-entry'}
        aria-current={isFocused ? 'true' : undefined}
        onClick={() => onFocus(row.id)}
      >
        <span className="swatch" style={{ backgroundColor: colour }} />
        <span className="entry-label">{label}</span>
        <span className="entry-quote">{row.quote.exact}</span>
      </button>
    </li>
  );
});

/** The grouped, filterable list. */
export function AnnotationList({
  annotations,
  codebook,
  authorName,
  focused,
  onFocus,
}: AnnotationListProps) {
  const [labelFilter, setLabelFilter] = useState('');
  const [authorFilter, setAuthorFilter] = useState('');
  // Patched a change at a time (`annotation-list-summary.ts`), and memoised, so a render
  // for another reason (the focus, a key press) does not repeat it on a long article.
  const [summarise] = useState(createListSummaryDerivation);
  const {
    counts,
    authors,
    groups: all,
  } = useMemo(() => summarise(annotations, codebook), [summarise, annotations, codebook]);
  const groups = useMemo(
    () => filterGroups(all, { itemId: labelFilter, author: authorFilter }),
    [all, labelFilter, authorFilter],
  );
  const focusedSpan = focused?.kind === 'span' ? focused : null;
  // Only the group holding the focused row renders again when the focus moves.
  const focusedRoot = focusedSpan
    ? (rootIdOf(codebook.byId, focusedSpan.itemId) ?? 'unknown')
    : undefined;
  if (annotations.length === 0) {
    return (
      <div className="panel-empty">
        <p>No annotation yet.</p>
        <p>
          Select text, then press a category key and an item key (<kbd>e</kbd> <kbd>p</kbd> tags a
          person) or <kbd>Enter</kbd> for the label palette.
        </p>
      </div>
    );
  }
  return (
    <div className="annotation-list">
      <div className="list-filters">
        <select
          aria-label="Filter by label"
          value={labelFilter}
          onChange={(e) => setLabelFilter(e.target.value)}
        >
          <option value="">All labels ({annotations.length})</option>
          {[...counts].map(([itemId, count]) => (
            <option key={itemId} value={itemId}>
              {pathLabel(codebook, itemId) || itemId} ({count})
            </option>
          ))}
        </select>
        {authors.length > 1 && (
          <select
            aria-label="Filter by author"
            value={authorFilter}
            onChange={(e) => setAuthorFilter(e.target.value)}
          >
            <option value="">All authors</option>
            {authors.map((author) => (
              <option key={author} value={author}>
                {authorName(author)}
              </option>
            ))}
          </select>
        )}
      </div>
      {groups.map((group) => (
        <ListGroup
          key={group.rootId}
          group={group}
          codebook={codebook}
          focused={group.rootId === focusedRoot ? focusedSpan : null}
          onFocus={onFocus}
        />
      ))}
    </div>
  );
}

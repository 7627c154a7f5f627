/**
 * The one control that picks a selection of articles, in the Export dialog, Review and
 * Agreement: every article, the analyst's status, or a saved query; says how many articles
 * it holds, or why it could not be read.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { listSavedQueries } from '../search/saved-query-repository';
import { ARTICLE_STATUSES, STATUS_LABELS } from '../status/article-status';
import { selectionOfValue, selectionValue, type ArticleSelection } from './article-selection';
import type { ResolvedSelection } from './useArticleSelection';
import '../styles/article-selection.css';

interface ArticleSelectionPickerProps {
  label: string;
  selection: ArticleSelection;
  resolved: ResolvedSelection;
  onChange(selection: ArticleSelection): void;
  /** What "every article" reads as here ("All articles"). */
  allLabel?: string;
}

/** How many articles `resolved` holds, for beside the control. */
export function selectionCount(resolved: ResolvedSelection): string {
  switch (resolved.kind) {
    case 'all':
      return '';
    case 'resolving':
      return 'Finding the articles…';
    case 'failed':
      return resolved.error;
    case 'ids':
      return `${resolved.ids.length.toLocaleString('en')} ${resolved.ids.length === 1 ? 'article' : 'articles'}`;
  }
}

export function ArticleSelectionPicker({
  label,
  selection,
  resolved,
  onChange,
  allLabel = 'All articles',
}: ArticleSelectionPickerProps) {
  const saved = useLiveQuery(listSavedQueries, []) ?? [];
  return (
    <span className="article-selection">
      <select
        aria-label={label}
        value={selectionValue(selection)}
        onChange={(event) => onChange(selectionOfValue(event.target.value))}
      >
        <option value="all">{allLabel}</option>
        <optgroup label="Your status">
          {ARTICLE_STATUSES.map((status) => (
            <option key={status} value={selectionValue({ kind: 'status', status })}>
              Status: {STATUS_LABELS[status]}
            </option>
          ))}
        </optgroup>
        {saved.length > 0 && (
          <optgroup label="Saved queries">
            {saved.map((record) => (
              <option key={record.id} value={selectionValue({ kind: 'saved', queryId: record.id })}>
                Saved query: {record.name}
              </option>
            ))}
          </optgroup>
        )}
      </select>{' '}
      <span
        className="article-selection-count"
        role={resolved.kind === 'failed' ? 'alert' : undefined}
      >
        {selectionCount(resolved)}
      </span>
    </span>
  );
}

/** The library's status filter: every article, or those this analyst marked one status. */
import type { ArticleStatus } from '../db/records';
import { ARTICLE_STATUSES, isArticleStatus, STATUS_LABELS } from './article-status';
import '../styles/article-status.css';

interface StatusFilterProps {
  value: ArticleStatus | null;
  onChange(status: ArticleStatus | null): void;
}

export function StatusFilter({ value, onChange }: StatusFilterProps) {
  return (
    <label className="status-filter">
      Status
      <select
        value={value ?? 'any'}
        onChange={(event) =>
          onChange(isArticleStatus(event.target.value) ? event.target.value : null)
        }
      >
        <option value="any">Any</option>
        {ARTICLE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {STATUS_LABELS[status]}
          </option>
        ))}
      </select>
    </label>
  );
}

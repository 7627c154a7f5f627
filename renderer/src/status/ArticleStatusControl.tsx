/**
 * The reader header's status control: the analyst's status of the open article (new, in
 * progress, done), set here or with the status key (`KEY_TABLE.articleStatus`), each change
 * one undoable step.
 */
import { useEffect, useEffectEvent, useState } from 'react';
import type { ArticleId } from '../db/records';
import { KEY_TABLE, matchesKey } from '../help/key-table';
import { ARTICLE_STATUSES, isArticleStatus, nextStatus, STATUS_LABELS } from './article-status';
import { useArticleStatus } from './useArticleStatus';
import '../styles/article-status.css';

interface ArticleStatusControlProps {
  articleId: ArticleId;
  title: string;
}

export function ArticleStatusControl({ articleId, title }: ArticleStatusControlProps) {
  const { status, set } = useArticleStatus(articleId, title);
  const [message, setMessage] = useState('');
  const choose = (next: Parameters<typeof set>[0]) => void set(next).then(setMessage);

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || status === undefined) return;
    // `code` too: Alt changes the character on macOS layouts (Alt+S types “ß”).
    const isStatusKey =
      matchesKey(event, KEY_TABLE.articleStatus) ||
      (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyS');
    if (!isStatusKey) return;
    event.preventDefault();
    choose(nextStatus(status));
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  return (
    <span className="article-status" data-status={status}>
      <label>
        Your status
        <select
          value={status ?? 'new'}
          disabled={status === undefined}
          aria-keyshortcuts={KEY_TABLE.articleStatus.keys.join(' ')}
          title={`${KEY_TABLE.articleStatus.keys.join(', ')}: next status`}
          onChange={(event) => {
            if (isArticleStatus(event.target.value)) choose(event.target.value);
          }}
        >
          {ARTICLE_STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      <span className="article-status-message" role="status">
        {message}
      </span>
    </span>
  );
}

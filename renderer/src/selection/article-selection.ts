/**
 * A selection of articles for export, review and agreement: every article, those the
 * analyst marked one status, or those a saved query finds (run again when chosen, so it
 * follows the library as it grows). Pure: the choice and how a `<select>` spells it.
 */
import type { ArticleStatus } from '../db/records';
import { isArticleStatus } from '../status/article-status';

export type ArticleSelection =
  { kind: 'all' } | { kind: 'status'; status: ArticleStatus } | { kind: 'saved'; queryId: string };

export const ALL_ARTICLES: ArticleSelection = { kind: 'all' };

/** The `<option>` value of `selection` (`all`, `status:done`, `saved:<id>`). */
export function selectionValue(selection: ArticleSelection): string {
  switch (selection.kind) {
    case 'all':
      return 'all';
    case 'status':
      return `status:${selection.status}`;
    case 'saved':
      return `saved:${selection.queryId}`;
  }
}

/** The selection an `<option>` value names; every article for a value it does not know. */
export function selectionOfValue(value: string): ArticleSelection {
  const [kind, ...rest] = value.split(':');
  const arg = rest.join(':');
  if (kind === 'status' && isArticleStatus(arg)) return { kind: 'status', status: arg };
  if (kind === 'saved' && arg !== '') return { kind: 'saved', queryId: arg };
  return ALL_ARTICLES;
}

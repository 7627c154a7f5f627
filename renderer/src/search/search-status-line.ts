/**
 * The Search screen's status line: the index's state, or the running search's hits so far
 * and its end's tallies. It is drawn once a frame while a search streams in, so its numbers
 * go through one `Intl.NumberFormat`: `toLocaleString('en')` looks its formatter up on every
 * call (4 times the cost in Node 20; 25 ms of the page's own time over the corpus bench's 20
 * queries in Chromium's profile).
 */
import type { IndexState } from './search-client';
import type { RunState } from './useSearchRun';

const numbers = new Intl.NumberFormat('en');
const count = (value: number) => numbers.format(value);

/** The index's state in words. */
export function indexLine(state: IndexState): string {
  switch (state.kind) {
    case 'loading':
      return 'Opening the search index…';
    case 'indexing':
      return `Indexing articles: ${count(state.done)} of ${count(state.total)}…`;
    case 'ready':
      return `${count(state.articles)} articles and ${count(state.annotations)} annotations searchable.`;
    case 'failed':
      return `The search index failed: ${state.error}`;
  }
}

/** A search's state in words: running with its hits so far, its end's tallies, or its error. */
export function summaryLine(state: RunState, rowCount: number): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'running':
      return `Searching… ${count(rowCount)} hits so far`;
    case 'invalid':
    case 'failed':
      return state.error;
    case 'done': {
      const { summary } = state;
      if (summary.rows === 0) return 'No article matches.';
      const parts = [
        `${count(summary.rows)} ${summary.rows === 1 ? 'hit' : 'hits'} in ${count(summary.articles)} ${summary.articles === 1 ? 'article' : 'articles'}`,
      ];
      if (summary.rejected > 0)
        parts.push(`${summary.rejected} proposed by the index but not confirmed in the text`);
      if (summary.undated > 0)
        parts.push(`${summary.undated} undated articles left out by the date filter`);
      if (summary.missingTexts > 0)
        parts.push(`${summary.missingTexts} articles without a stored text skipped`);
      return `${parts.join(' · ')} (${summary.elapsedMs} ms)`;
    }
  }
}

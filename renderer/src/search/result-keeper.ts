/**
 * The worker's side of a search's rows: every row the engine finds is kept here, and the page
 * is sent only their count (and the first screenful) as they are found. The page asks for the
 * rows it shows, by index, and for what needs them all (the CSV, "Tag all", a saved query's
 * articles), answered from here. Each search's rows are kept until the page releases them, so
 * the Search screen's last results outlive it while a saved query runs beside them; past
 * `KEPT_SEARCHES` the oldest are dropped, and a question about them answers `gone`. Pure.
 */
import { searchResultsCsv } from './search-csv';
import type {
  EngineMessage,
  FromSearchWorker,
  ResultAnswer,
  ResultQuestion,
  ResultRow,
} from './search-protocol';

/** Rows sent with the count while found: more than a tall window shows with its overscan. */
export const HEAD_ROWS = 100;
/**
 * Searches whose rows are kept at once: the Search screen's, a saved query's run for a
 * selection, and one being replaced. A page that forgot to release cannot fill the worker.
 */
export const KEPT_SEARCHES = 4;

export class ResultKeeper {
  private readonly kept = new Map<number, ResultRow[]>();

  /** Starts keeping search `id`'s rows. */
  begin(id: number): void {
    this.kept.set(id, []);
    // A Map iterates in insertion order: the first keys are the oldest searches.
    for (const old of this.kept.keys()) {
      if (this.kept.size <= KEPT_SEARCHES) break;
      this.kept.delete(old);
    }
  }

  release(id: number): void {
    this.kept.delete(id);
  }

  /** How many searches' rows are kept (for tests). */
  get size(): number {
    return this.kept.size;
  }

  /**
   * What the page is sent for an engine message: rows are kept and become their count (with
   * the head while it grows); anything else passes as it is.
   */
  take(message: EngineMessage): FromSearchWorker | null {
    if (message.kind !== 'rows') return message;
    const rows = this.kept.get(message.id);
    if (!rows) return null;
    const headBefore = rows.length;
    // Pushed one by one: a spread of a batch of thousands can overflow the call stack.
    for (const row of message.rows) rows.push(row);
    const count = rows.length;
    return headBefore < HEAD_ROWS
      ? { kind: 'found', id: message.id, count, head: rows.slice(0, HEAD_ROWS) }
      : { kind: 'found', id: message.id, count };
  }

  /** The answer to one of the page's questions about a search's rows. */
  answer(question: ResultQuestion): ResultAnswer {
    const { ask } = question;
    const rows = this.kept.get(question.id);
    if (!rows)
      return { kind: 'gone', ask, error: 'These results are no longer kept: search again.' };
    switch (question.kind) {
      case 'rows': {
        const from = Math.max(0, Math.min(question.from, rows.length));
        return { kind: 'rows', ask, from, rows: rows.slice(from, Math.max(from, question.to)) };
      }
      case 'csv':
        // The labels the page names now, as when the page wrote the CSV from its own rows.
        return {
          kind: 'csv',
          ask,
          csv: searchResultsCsv(rows, (itemId) => question.labels[itemId] ?? itemId),
        };
      case 'tag-hits': {
        const starts = new Int32Array(rows.length);
        const ends = new Int32Array(rows.length);
        rows.forEach((row, i) => {
          starts[i] = row.start;
          ends[i] = row.end;
        });
        const articleIds = rows.map((row) => row.articleId);
        return {
          kind: 'tag-hits',
          ask,
          hits: { articleIds, starts, ends, matches: rows.map((row) => row.match) },
        };
      }
      case 'articles':
        return {
          kind: 'articles',
          ask,
          articleIds: [...new Set(rows.map((row) => row.articleId))],
        };
    }
  }
}

// @vitest-environment jsdom
// The corpus benchmark's "first rows painted" must time this query's own rows: the last
// query's rows are still on screen when the next one is submitted, and the figure read
// 1–2 ms for queries that took far longer.
import { describe, expect, it } from 'vitest';
import { runSearch } from '../bench/corpus/in-page';

/** A Search view as the benchmark sees it: at a submit the list is emptied once the
 * handler has returned (as React renders), the worker's rows (`li[data-id]`, as the
 * concordance draws them) come `rowsAfterMs` later, the run's end `doneAfterMs` later. */
function searchView(rowsAfterMs: number, doneAfterMs: number) {
  document.body.innerHTML = `
    <form><input aria-label="Search query"></form>
    <div class="search-status"><p role="status" data-finished="1">Done</p></div>
    <ol aria-label="Search results"><li data-id="a1:0">the last query's row</li></ol>`;
  const list = document.querySelector('ol')!;
  const status = document.querySelector<HTMLElement>('[role="status"]')!;
  document.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    queueMicrotask(() => list.replaceChildren());
    setTimeout(() => {
      const row = Object.assign(document.createElement('li'), { textContent: 'new' });
      row.dataset['id'] = 'a2:0';
      list.append(row);
    }, rowsAfterMs);
    setTimeout(() => (status.dataset['finished'] = '2'), doneAfterMs);
  });
}

describe('corpus benchmark: first rows of a search', () => {
  it('are the rows this query added, not the last query’s still on screen', async () => {
    searchView(120, 300);
    const timing = await runSearch('inflation');
    expect(timing.hasOwnRows).toBe(true);
    expect(timing.firstRowsAt - timing.from).toBeGreaterThanOrEqual(120);
    expect(timing.firstRowsAt).toBeLessThan(timing.to);
  });

  it('are the run’s end when the query finds nothing', async () => {
    searchView(10_000, 150);
    const timing = await runSearch('-réforme');
    expect(timing.hasOwnRows).toBe(false);
    expect(timing.firstRowsAt).toBe(timing.to);
    expect(timing.to - timing.from).toBeGreaterThanOrEqual(150);
  });
});

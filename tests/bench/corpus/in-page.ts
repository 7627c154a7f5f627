/**
 * Functions the corpus benchmark runs inside the app's page (serialised by Playwright, so
 * each is self-contained: no imports, no outer variables). Times are the page's
 * `performance.now()`, so they hold no CDP round trip. "After the next painted frame" is
 * written out in each (a rAF, then a task after it): a shared helper is not sent along, and
 * every part failed with "afterPaint is not defined" before any figure was taken.
 */

/**
 * Init script: records every long task (50 ms or more) of the page with its start and
 * length, from the first script on, so a figure can name the longest task inside its
 * window, and notes when the library first shows a row (`__libraryShownAt`).
 */
export function recordLongTasks(): void {
  const w = window as unknown as {
    __longTasks: [number, number][];
    __libraryShownAt?: number;
    __libraryCompleteAt?: number;
  };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  // A frame-by-frame look: the library is shown when a row is painted, not when it is read.
  // A large library shows its first page while it reads the rest ("Reading… 1000 of …"):
  // complete is when the count line says how many articles it holds.
  const watchComplete = () => {
    const count = document.querySelector('.library-count')?.textContent ?? '';
    if (count !== '' && !count.startsWith('Reading')) {
      w.__libraryCompleteAt = performance.now();
      return;
    }
    requestAnimationFrame(watchComplete);
  };
  const watch = () => {
    if (document.querySelector('table.library-table tbody tr[data-id]')) {
      w.__libraryShownAt = performance.now();
      watchComplete();
      return;
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}

/**
 * Init script: notes the page time each search worker message saying rows were found
 * (`found`) arrives, so a query's time to its first rows splits into the worker's part (its
 * work, its reads and the message) and the page's (React and the painted frame).
 */
export function recordSearchAnswers(): void {
  const w = window as unknown as { __foundAt: number[]; Worker: typeof Worker };
  w.__foundAt = [];
  const Original = w.Worker;
  w.Worker = class extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      // Registered before the client's `onmessage`, so it runs first.
      this.addEventListener('message', (event: MessageEvent<{ kind?: string }>) => {
        if (event.data?.kind === 'found') w.__foundAt.push(performance.now());
      });
    }
  };
}

/** The longest task (ms) overlapping `[from, to]`; 0 when none reached 50 ms. */
export function longestTaskIn(window_: { from: number; to: number }): number {
  const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks ?? [];
  let longest = 0;
  for (const [start, duration] of tasks) {
    if (start + duration >= window_.from && start <= window_.to)
      longest = Math.max(longest, duration);
  }
  return longest;
}

/**
 * Raw IndexedDB: puts one batch of the corpus (articles, texts, annotation rows) in one
 * transaction. The app made the schema on its first start; nothing of Dexie is used, so
 * the seeding costs the app nothing it would not pay after a real import.
 */
export async function seedBatch(data: {
  articles: unknown[];
  texts: unknown[];
  annotations: unknown[];
  /** What the app's writes store beside them (`../derived-rows.ts`). */
  articleRows: unknown[];
  articleTallies: unknown[];
  spanBuckets: unknown[];
  /** The batch's own: added to the totals stored by the batches before. */
  authorTotals: { author: string; total: number }[];
  /** The batch's articles' counts (`[articleId, total]`): new articles, no earlier key. */
  articleCounts: unknown[];
}): Promise<number> {
  const started = performance.now();
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('sourcemark');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const stores = [
      'articles',
      'articleTexts',
      'annotations',
      'articleRows',
      'articleTallies',
      'spanBuckets',
      'authorTotals',
      'articleCounts',
    ];
    const tx = db.transaction(stores, 'readwrite');
    const totals = tx.objectStore('authorTotals');
    for (const { author, total } of data.authorTotals) {
      const stored = totals.get(author);
      stored.onsuccess = () =>
        totals.put({ author, total: ((stored.result?.total as number) ?? 0) + total });
    }
    for (const row of data.articles) tx.objectStore('articles').put(row);
    for (const row of data.texts) tx.objectStore('articleTexts').put(row);
    for (const row of data.annotations) tx.objectStore('annotations').put(row);
    for (const row of data.articleRows) tx.objectStore('articleRows').put(row);
    for (const row of data.articleTallies) tx.objectStore('articleTallies').put(row);
    for (const row of data.spanBuckets) tx.objectStore('spanBuckets').put(row);
    for (const row of data.articleCounts) tx.objectStore('articleCounts').put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  db.close();
  return performance.now() - started;
}

/**
 * Clicks the library's `label` header and answers the page times from the click to the
 * frame painted after the rows are in their new order (`aria-sort` changed).
 */
export async function clickSort(label: string): Promise<{ from: number; to: number }> {
  const buttons = Array.from(
    document.querySelectorAll<HTMLButtonElement>('table.library-table th button'),
  );
  const button = buttons.find((candidate) => candidate.textContent?.startsWith(label));
  if (!button) throw new Error(`no header ${label}`);
  const header = button.closest('th')!;
  const before = `${header.getAttribute('aria-sort')}`;
  const firstRow = document.querySelector('table.library-table tbody tr[data-id]');
  const from = performance.now();
  button.click();
  while (
    header.getAttribute('aria-sort') === before &&
    document.querySelector('table.library-table tbody tr[data-id]') === firstRow
  )
    await new Promise((resolve) => setTimeout(resolve, 0));
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return { from, to: performance.now() };
}

/**
 * Types `text` into the library's filter one character at a time, as keystrokes would
 * (React's own input event), and answers each keystroke's time to the painted frame, and
 * the count line after the last.
 */
export async function typeFilter(
  text: string,
): Promise<{ keys: { from: number; to: number }[]; count: string }> {
  const input = document.querySelector<HTMLInputElement>('input[aria-label="Filter articles"]');
  if (!input) throw new Error('no filter box');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const keys: { from: number; to: number }[] = [];
  input.focus();
  for (let length = 0; length <= text.length; length++) {
    // Length 0 clears the box first (a keystroke too: the whole library comes back).
    const value = text.slice(0, length);
    const from = performance.now();
    setValue.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    keys.push({ from, to: performance.now() });
    // A pause between keys as a fast typist leaves, so each key's work is its own.
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
  return { keys, count: document.querySelector('.library-count')?.textContent ?? '' };
}

/**
 * Runs `query` in the open Search view (the form's submit, as Enter does) and answers the
 * times from the submit to the painted frame after this query's first rows, and to the
 * run's end. The last query's rows are still on screen at the submit: a row counts only
 * once a result row (`li[data-id]`, not an empty placeholder) is added to the page after it
 * (the list is emptied at the submit and the new rows added as they come), so a figure is
 * never the old rows' (it read 1–2 ms). Painted is the task after the first frame drawn
 * after the rows were added, waited for from the moment they were (a frame and a task from
 * the next poll counted a frame the user had already seen). A query without rows answers
 * its end as its first rows.
 */
export async function runSearch(query: string): Promise<{
  from: number;
  /** When the worker's first `found` message of this query arrived (-1: none). */
  foundAt: number;
  firstRowsAt: number;
  to: number;
  status: string;
  hasOwnRows: boolean;
}> {
  const box = document.querySelector<HTMLInputElement>('input[aria-label="Search query"]');
  const status = document.querySelector<HTMLElement>('.search-status [role="status"]');
  if (!box || !status) throw new Error('the Search view is not open');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  setValue.call(box, query);
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const finished = status.dataset['finished'];
  const row = '[aria-label="Search results"] li[data-id]';
  let hasOwnRows = false;
  let firstRowsAt = -1;
  const observer = new MutationObserver((records) => {
    if (hasOwnRows) return;
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node instanceof HTMLElement && (node.matches(row) || node.querySelector(row))) {
          hasOwnRows = true;
          // Called as the task that added them ends: the next frame is theirs.
          requestAnimationFrame(() =>
            setTimeout(() => {
              firstRowsAt = performance.now();
            }, 0),
          );
          return;
        }
      }
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  const from = performance.now();
  box.form!.requestSubmit();
  try {
    while (status.dataset['finished'] === finished || (hasOwnRows && firstRowsAt < 0))
      await new Promise((resolve) => requestAnimationFrame(resolve));
  } finally {
    observer.disconnect();
  }
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const to = performance.now();
  const founds = (window as unknown as { __foundAt?: number[] }).__foundAt ?? [];
  return {
    from,
    foundAt: founds.find((at) => at >= from) ?? -1,
    firstRowsAt: firstRowsAt < 0 ? to : firstRowsAt,
    to,
    status: status.innerText,
    hasOwnRows,
  };
}

/** Waits for `selector` to match (checked each frame); answers the page time it did. */
export async function waitFor(args: { selector: string; timeoutMs: number }): Promise<number> {
  const until = performance.now() + args.timeoutMs;
  while (!document.querySelector(args.selector)) {
    if (performance.now() > until) throw new Error(`${args.selector} did not show`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now();
}

/** Clicks the first button whose text starts with `label`; answers the page time before. */
export function clickButton(label: string): number {
  const button = Array.from(document.querySelectorAll('button')).find((candidate) =>
    candidate.textContent?.trim().startsWith(label),
  );
  if (!button) throw new Error(`no button ${label}`);
  const at = performance.now();
  button.click();
  return at;
}

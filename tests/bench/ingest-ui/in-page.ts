/**
 * Functions the ingest-UI benchmark runs inside the app's page (serialised by Playwright,
 * so each is self-contained: no imports, no outer variables). Times are `performance.now()`.
 */

/** What the page saw of one Open folder, from the click to the report. */
export interface ImportWatch {
  /** The click on "Open folder…". */
  startedAt: number;
  /** The report on screen after a progress bar was seen; 0 until then. */
  reportAt: number;
  reportText: string;
  /** When the progress bar first said `done` ≥ each multiple of the step. */
  splits: { done: number; at: number }[];
  longTasks: { start: number; duration: number }[];
}

/**
 * Raw IndexedDB: writes the library's earlier articles and their texts in one transaction,
 * as fast as Chromium stores rows, so a 10,000-article library takes seconds, not an import.
 */
export async function prefillLibrary(rows: {
  records: unknown[];
  texts: unknown[];
}): Promise<{ ms: number }> {
  const started = performance.now();
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('sourcemark');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['articles', 'articleTexts'], 'readwrite');
    for (const record of rows.records) tx.objectStore('articles').put(record);
    for (const text of rows.texts) tx.objectStore('articleTexts').put(text);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  db.close();
  return { ms: performance.now() - started };
}

/** Raw IndexedDB: how many articles the library holds. */
export async function countStoredArticles(): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('sourcemark');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    return await new Promise<number>((resolve, reject) => {
      const request = db.transaction('articles').objectStore('articles').count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/**
 * Arms the watch of the next Open folder: the click, the progress bar passing each `step`
 * files, the report, and every long task meanwhile (the Long Tasks API: 50 ms or more).
 */
export function armImportWatch(step: number): void {
  const watch: ImportWatch = {
    startedAt: 0,
    reportAt: 0,
    reportText: '',
    splits: [],
    longTasks: [],
  };
  let sawProgress = false;
  (window as unknown as { __smImportWatch: ImportWatch }).__smImportWatch = watch;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (watch.startedAt > 0 && !watch.reportAt)
        watch.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask' });
  document.addEventListener(
    'click',
    (event) => {
      const button = (event.target as Element | null)?.closest('button');
      if (button?.textContent?.includes('Open folder') && watch.startedAt === 0)
        watch.startedAt = performance.now();
    },
    { capture: true },
  );
  new MutationObserver(() => {
    if (watch.startedAt === 0 || watch.reportAt > 0) return;
    const bar = document.querySelector('[role="progressbar"][aria-label="Importing"]');
    if (bar) {
      sawProgress = true;
      const done = Number(bar.getAttribute('aria-valuenow'));
      while (Number.isFinite(done) && done >= (watch.splits.length + 1) * step)
        watch.splits.push({ done: (watch.splits.length + 1) * step, at: performance.now() });
      return;
    }
    const report = document.querySelector('section[aria-label="Import report"]');
    if (sawProgress && report) {
      watch.reportAt = performance.now();
      watch.reportText = report.querySelector('header')?.textContent ?? '';
    }
  }).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-valuenow'],
  });
}

/** The watch armed by `armImportWatch`. */
export function readImportWatch(): ImportWatch {
  return (window as unknown as { __smImportWatch: ImportWatch }).__smImportWatch;
}

/** Whether the armed watch has seen the report. */
export function isImportReported(): boolean {
  return (
    ((window as unknown as { __smImportWatch?: ImportWatch }).__smImportWatch?.reportAt ?? 0) > 0
  );
}

/**
 * Functions the editor benchmark runs inside the pages (serialised by Playwright, so each
 * is self-contained: no imports, no outer variables). Times are `performance.now()`.
 */

/** Raw IndexedDB: the analyst id, once the app has made it. */
export async function readAnalystId(): Promise<string | null> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('sourcemark');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (!db.objectStoreNames.contains('settings')) return null;
    const row = await new Promise<{ value?: { id?: string } } | undefined>((resolve, reject) => {
      const request = db.transaction('settings').objectStore('settings').get('analyst');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return row?.value?.id ?? null;
  } finally {
    db.close();
  }
}

/**
 * Raw IndexedDB: writes the article, its text, its original (apart, as schema 10 stores it)
 * and its annotations in one transaction, after deleting the article's earlier annotations,
 * so every run opens the same 10,000 and not those plus the previous runs' additions.
 */
export async function seedArticle(data: {
  article: { id: string };
  articleText: unknown;
  articleOriginal: unknown;
  annotations: unknown[];
  /** What the app's writes store beside them (`../derived-rows.ts`). */
  articleRows: unknown[];
  articleTallies: unknown[];
  spanBuckets: unknown[];
  /** The article's alone: its earlier annotations' are taken away (by its stored tally). */
  authorTotals: { author: string; total: number }[];
  /** The article's count (`[articleId, total]`): its earlier key is deleted first. */
  articleCounts: unknown[];
}): Promise<{ ms: number; version: number }> {
  const started = performance.now();
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('sourcemark');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const version = db.version;
  await new Promise<void>((resolve, reject) => {
    const stores = [
      'articles',
      'articleTexts',
      'articleOriginals',
      'annotations',
      'articleRows',
      'articleTallies',
      'spanBuckets',
      'authorTotals',
      'articleCounts',
    ];
    const tx = db.transaction(stores, 'readwrite');
    // Each author's total moves by the article's new annotations less its earlier ones,
    // which its stored tally (read before it is replaced) counts per author and item.
    const earlierTally = tx.objectStore('articleTallies').get(data.article.id);
    earlierTally.onsuccess = () => {
      const moves = new Map<string, number>();
      const byAuthor = (earlierTally.result?.byAuthor ?? {}) as Record<string, object>;
      for (const [author, items] of Object.entries(byAuthor))
        for (const count of Object.values(items) as number[])
          moves.set(author, (moves.get(author) ?? 0) - count);
      for (const { author, total } of data.authorTotals)
        moves.set(author, (moves.get(author) ?? 0) + total);
      const totals = tx.objectStore('authorTotals');
      for (const [author, move] of moves) {
        const stored = totals.get(author);
        stored.onsuccess = () => {
          const total = ((stored.result?.total as number) ?? 0) + move;
          if (total === 0) totals.delete(author);
          else totals.put({ author, total });
        };
      }
    };
    tx.objectStore('articles').put(data.article);
    tx.objectStore('articleTexts').put(data.articleText);
    tx.objectStore('articleOriginals').put(data.articleOriginal);
    for (const row of data.articleRows) tx.objectStore('articleRows').put(row);
    tx.objectStore('articleTallies').delete(data.article.id);
    tx.objectStore('spanBuckets').delete(
      IDBKeyRange.bound([data.article.id, -Infinity], [data.article.id, Infinity]),
    );
    for (const row of data.articleTallies) tx.objectStore('articleTallies').put(row);
    for (const row of data.spanBuckets) tx.objectStore('spanBuckets').put(row);
    const counts = tx.objectStore('articleCounts');
    counts.delete(IDBKeyRange.bound([data.article.id, -Infinity], [data.article.id, Infinity]));
    for (const row of data.articleCounts) counts.put(row);
    const annotations = tx.objectStore('annotations');
    const earlier = annotations
      .index('[articleId+author]')
      .openKeyCursor(IDBKeyRange.bound([data.article.id], [data.article.id, []]));
    earlier.onsuccess = () => {
      const cursor = earlier.result;
      if (cursor) {
        annotations.delete(cursor.primaryKey);
        cursor.continue();
        return;
      }
      // Only once every delete is queued: a put before it would be deleted again.
      for (const row of data.annotations) annotations.put(row);
    };
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  db.close();
  return { ms: performance.now() - started, version };
}

/**
 * Selects an unannotated word (4+ letters) in a paragraph on screen by DOM range, and
 * arms the watch for the annotation the next `p` keydown creates: visible (the paint of the
 * first frame whose DOM holds its mark) and stored (its row readable in IndexedDB).
 */
export function selectWordAndArm(attempt: number): { word: string; paragraph: number } {
  type Watch = {
    keyAt?: number;
    visibleAt?: number;
    nextFrameAt?: number;
    storedAt?: number;
    id?: string;
    error?: string;
  };
  const w = window as unknown as {
    __add?: Watch;
    __addListener?: boolean;
    __benchDb?: IDBDatabase;
  };
  const root = document.querySelector('.article-text')!;
  const surface = document.querySelector('.editor-surface')!.getBoundingClientRect();
  // Live: paragraphs may sit in blocks (`.article-block`) or directly under the text element.
  const paragraphs = root.getElementsByTagName('p');
  const isOnScreen = (element: Element) => {
    const rect = element.getBoundingClientRect();
    return !(rect.bottom < surface.top + 20 || rect.top > surface.bottom - 20);
  };
  // A block off screen is not looked into: measuring its lines would lay them all out.
  const blockOnScreen = new Map<Element, boolean>();
  const candidates: { node: Text; at: number; length: number; paragraph: number }[] = [];
  Array.from(paragraphs).forEach((p, index) => {
    const block = p.parentElement;
    if (block && block !== root) {
      if (!blockOnScreen.has(block)) blockOnScreen.set(block, isOnScreen(block));
      if (!blockOnScreen.get(block)) return;
    }
    if (!isOnScreen(p)) return;
    for (const child of Array.from(p.children)) {
      if (child.tagName !== 'SPAN' || !child.firstChild) continue;
      const node = child.firstChild as Text;
      const pattern = /(?<![\p{L}])\p{L}{4,}(?![\p{L}])/gu;
      for (const match of node.data.matchAll(pattern)) {
        candidates.push({ node, at: match.index, length: match[0].length, paragraph: index });
      }
    }
  });
  if (candidates.length === 0) throw new Error('no unannotated word on screen');
  const pick = candidates[(attempt * 7919) % candidates.length]!;
  const range = document.createRange();
  range.setStart(pick.node, pick.at);
  range.setEnd(pick.node, pick.at + pick.length);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);

  const target = paragraphs[pick.paragraph]!;
  const known = new Set(
    Array.from(target.querySelectorAll('.sm-mark')).flatMap((mark) =>
      ((mark as HTMLElement).dataset.ids ?? '').split(' '),
    ),
  );
  const watch: Watch = {};
  w.__add = watch;
  // A message posted in a frame's animation callbacks is handled once that frame is painted.
  const afterThisFramePaints = (done: (at: number) => void) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(0);
  };
  const pollStored = (id: string) => {
    const request = w.__benchDb!.transaction('annotations').objectStore('annotations').get(id);
    request.onsuccess = () => {
      if (request.result) watch.storedAt = performance.now();
      else setTimeout(() => pollStored(id), 1);
    };
    request.onerror = () => (watch.error = String(request.error));
  };
  const frame = () => {
    // The element found when armed, while it is in the page: the live collection would be
    // walked again after every change, a cost that grows with the marks, inside the timing.
    const paragraph = target.isConnected ? target : paragraphs[pick.paragraph];
    const fresh = paragraph
      ? Array.from(paragraph.querySelectorAll('.sm-mark')).find((mark) =>
          ((mark as HTMLElement).dataset.ids ?? '').split(' ').some((id) => !known.has(id)),
        )
      : undefined;
    if (!fresh) return void requestAnimationFrame(frame);
    const id = ((fresh as HTMLElement).dataset.ids ?? '').split(' ').find((x) => !known.has(x))!;
    watch.id = id;
    // `frame` runs in the animation callbacks of the first frame whose DOM holds the mark:
    // that frame's paint shows it to the user. (Until December 2026 this waited for the
    // paint of the frame after, a frame late: kept as `nextFrameAt` for comparison.)
    afterThisFramePaints((at) => (watch.visibleAt = at));
    requestAnimationFrame(() => afterThisFramePaints((at) => (watch.nextFrameAt = at)));
    pollStored(id);
  };
  if (!w.__addListener) {
    w.__addListener = true;
    window.addEventListener(
      'keydown',
      (event) => {
        const current = w.__add;
        if (event.key !== 'p' || !current || current.keyAt !== undefined) return;
        current.keyAt = event.timeStamp;
        (current as Watch & { start?: () => void }).start?.();
      },
      true,
    );
  }
  (watch as Watch & { start?: () => void }).start = () => requestAnimationFrame(frame);
  return { word: pick.node.data.slice(pick.at, pick.at + pick.length), paragraph: pick.paragraph };
}

/**
 * Forgets the article the app would reopen at start (`settings` row `lastReading`): each
 * page of the benchmark starts from the library, as the first start did, not in the
 * article an earlier page left open. Answers whether there was one.
 */
export async function forgetLastReading(): Promise<boolean> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('sourcemark');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (!db.objectStoreNames.contains('settings')) return false;
    return await new Promise<boolean>((resolve, reject) => {
      const tx = db.transaction('settings', 'readwrite');
      const store = tx.objectStore('settings');
      const found = store.count('lastReading');
      store.delete('lastReading');
      tx.oncomplete = () => resolve(found.result > 0);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Opens the raw IndexedDB connection the addition watch polls. */
export async function openBenchDb(): Promise<void> {
  const w = window as unknown as { __benchDb?: IDBDatabase };
  w.__benchDb = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('sourcemark');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Resolves once the page has been idle for a while (three idle periods in a row with most
 * of their 50 ms left): work scheduled after an open (the rest of the article, idle views)
 * is done, and does not land inside the first additions' timings. Gives up after `maxMs`.
 */
export function settleIdle(maxMs: number): Promise<void> {
  const until = performance.now() + maxMs;
  return new Promise((resolve) => {
    let quiet = 0;
    const check = (deadline: IdleDeadline) => {
      quiet = deadline.timeRemaining() >= 40 ? quiet + 1 : 0;
      if (quiet >= 3 || performance.now() > until) resolve();
      else requestIdleCallback(check);
    };
    requestIdleCallback(check);
  });
}

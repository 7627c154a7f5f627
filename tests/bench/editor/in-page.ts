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

/** Raw IndexedDB: writes the article, its text and its annotations in one transaction. */
export async function seedArticle(data: {
  article: unknown;
  articleText: unknown;
  annotations: unknown[];
}): Promise<{ ms: number; version: number }> {
  const started = performance.now();
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('sourcemark');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const version = db.version;
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['articles', 'articleTexts', 'annotations'], 'readwrite');
    tx.objectStore('articles').put(data.article);
    tx.objectStore('articleTexts').put(data.articleText);
    const annotations = tx.objectStore('annotations');
    for (const row of data.annotations) annotations.put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  db.close();
  return { ms: performance.now() - started, version };
}

export interface OpenTimes {
  clickAt: number;
  readerShellAt?: number;
  textElementAt?: number;
  firstMarkInDomAt?: number;
  firstScreenAt?: number;
  fullAt?: number;
  paragraphs?: number;
  longTasks: number[];
  longestTask?: number;
}

/** Watches the next click on the library until the article's first screen and full render. */
export function armOpenWatch(lines: number): void {
  const w = window as unknown as { __open?: OpenTimes };
  const afterPaint = (done: (at: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(0);
    });
  const onClick = (event: Event) => {
    window.removeEventListener('click', onClick, true);
    const times: OpenTimes = { clickAt: event.timeStamp, longTasks: [] };
    w.__open = times;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) times.longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
    const observer = new MutationObserver(() => {
      const now = performance.now();
      if (times.readerShellAt === undefined && document.querySelector('section.reader'))
        times.readerShellAt = now;
      if (times.textElementAt === undefined && document.querySelector('.article-text'))
        times.textElementAt = now;
      if (
        times.firstMarkInDomAt === undefined &&
        document.querySelector('.article-text .sm-mark')
      ) {
        times.firstMarkInDomAt = now;
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const frame = () => {
      const root = document.querySelector('.article-text');
      const mark = root?.querySelector('.sm-mark');
      if (times.firstScreenAt === undefined && root && mark) {
        const rect = mark.getBoundingClientRect();
        if (rect.top < innerHeight && rect.bottom > 0 && rect.width > 0) {
          times.firstScreenAt = -1;
          afterPaint((at) => (times.firstScreenAt = at));
        }
      }
      // Paragraphs may sit in blocks (the app) or under the text element (the floor page).
      if (times.fullAt === undefined && root && root.getElementsByTagName('p').length >= lines) {
        times.paragraphs = root.querySelectorAll('p').length;
        times.fullAt = -1;
        afterPaint((at) => (times.fullAt = at));
      }
      if (times.fullAt === undefined || times.firstScreenAt === undefined)
        requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  };
  window.addEventListener('click', onClick, true);
}

export interface ScrollResult {
  frames: number;
  ms: number;
  /** Frame intervals over 20 ms (a missed 60 Hz frame) and over 50 ms. */
  over20: number;
  over50: number;
  maxInterval: number;
  p95Interval: number;
  scrolledPx: number;
}

/** Scrolls `selector` (or the window) 60 px per frame for `ms`, recording frame intervals. */
export function scrollProbe(args: { selector: string | null; ms: number }): Promise<ScrollResult> {
  const scroller = args.selector
    ? (document.querySelector(args.selector) as HTMLElement)
    : (document.scrollingElement as HTMLElement);
  return new Promise((resolve) => {
    const stamps: number[] = [];
    const startTop = scroller.scrollTop;
    const frame = (at: number) => {
      stamps.push(at);
      if (at - stamps[0]! < args.ms) {
        scroller.scrollTop += 60;
        requestAnimationFrame(frame);
        return;
      }
      const intervals = stamps.slice(1).map((stamp, index) => stamp - stamps[index]!);
      const sorted = [...intervals].sort((a, b) => a - b);
      const scrolledPx = scroller.scrollTop - startTop;
      scroller.scrollTop = startTop;
      resolve({
        frames: intervals.length,
        ms: at - stamps[0]!,
        over20: intervals.filter((value) => value > 20).length,
        over50: intervals.filter((value) => value > 50).length,
        maxInterval: sorted.at(-1) ?? 0,
        p95Interval: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
        scrolledPx,
      });
    };
    requestAnimationFrame(frame);
  });
}

/**
 * Selects an unannotated word (4+ letters) in a paragraph on screen by DOM range, and
 * arms the watch for the annotation the next `p` keydown creates: visible (the frame that
 * paints its mark) and stored (its row readable in IndexedDB).
 */
export function selectWordAndArm(attempt: number): { word: string; paragraph: number } {
  type Watch = {
    keyAt?: number;
    visibleAt?: number;
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
  const afterPaint = (done: (at: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(0);
    });
  const pollStored = (id: string) => {
    const request = w.__benchDb!.transaction('annotations').objectStore('annotations').get(id);
    request.onsuccess = () => {
      if (request.result) watch.storedAt = performance.now();
      else setTimeout(() => pollStored(id), 1);
    };
    request.onerror = () => (watch.error = String(request.error));
  };
  const frame = () => {
    const paragraph = paragraphs[pick.paragraph];
    const fresh = paragraph
      ? Array.from(paragraph.querySelectorAll('.sm-mark')).find((mark) =>
          ((mark as HTMLElement).dataset.ids ?? '').split(' ').some((id) => !known.has(id)),
        )
      : undefined;
    if (!fresh) return void requestAnimationFrame(frame);
    const id = ((fresh as HTMLElement).dataset.ids ?? '').split(' ').find((x) => !known.has(x))!;
    watch.id = id;
    afterPaint((at) => (watch.visibleAt = at));
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

/** Opens the raw IndexedDB connection the addition watch polls. */
export async function openBenchDb(): Promise<void> {
  const w = window as unknown as { __benchDb?: IDBDatabase };
  w.__benchDb = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('sourcemark');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

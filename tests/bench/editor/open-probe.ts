/**
 * The one probe that times opening a document, for the app, both floors and the peer alike,
 * so their figures compare like with like (run inside the page by Playwright, hence
 * self-contained: no imports, no outer variables).
 *
 * - Start: the next click in the page (`event.timeStamp`), in a page already loaded with its
 *   data: the app's library row, the floor's and the peer's "Open" button.
 * - First screen: the first frame in which the viewport is filled with laid-out lines of
 *   text (hit-tested at its top, middle and bottom, so a block skipped by
 *   `content-visibility` or not yet parsed does not count) and an annotation is on screen.
 * - Whole: the first frame in which every line is in the DOM. Lines the browser skips
 *   (off-screen `content-visibility`) count as in the DOM, as they are.
 *
 * Checked in each frame twice, and the time taken right then, before that frame's paint
 * (which follows in the same rendering step with no task in between, a few milliseconds
 * for every page alike):
 * - in the animation callbacks, whose hit test brings layout up to date: catches what
 *   changes without resizing the text (the peer's highlights);
 * - in a ResizeObserver callback on the text element, which runs after that frame's layout
 *   and after its first `content-visibility` determination: a block first rendered on screen
 *   is painted in that same frame, but an animation callback still sees it skipped, which
 *   made the app and the cv floor look one frame (and any long task after it) slower.
 * A message posted to run after the paint was tried and dropped: it queues behind the HTML
 * parser's next chunk (or the app's next render task), which added 100+ ms to the pages
 * that paint progressively. `performance.now()` of the page the probe runs in (a floor's
 * document sits in an iframe of that page, on the same clock and frames).
 */

export interface OpenProbeArgs {
  /** An iframe holding the document (the floors), or null for the page's own document. */
  frame: string | null;
  /** The element that scrolls the text (the app's surface), or null for the viewport. */
  scroller: string | null;
  /** The element holding the text's paragraphs. */
  text: string;
  /** A painted annotation: the app's and the floors' mark, the peer's highlight. */
  mark: string;
  /** How many lines the whole document has. */
  lines: number;
}

export interface OpenTimes {
  clickAt: number;
  /** The text element exists (the app: the editor is mounted). */
  textElementAt?: number;
  /** The first annotation is in the DOM. */
  firstMarkInDomAt?: number;
  firstScreenAt?: number;
  wholeAt?: number;
  paragraphs?: number;
  longTasks: number[];
}

/** Arms the probe; the times land in `window.__open` once the page is clicked. */
export function armOpenProbe(args: OpenProbeArgs): void {
  const w = window as unknown as { __open?: OpenTimes };
  delete w.__open;
  const documentOf = (): Document | null =>
    args.frame
      ? ((document.querySelector(args.frame) as HTMLIFrameElement | null)?.contentDocument ?? null)
      : document;
  const viewportOf = (doc: Document) => {
    if (args.scroller) {
      const scroller = doc.querySelector(args.scroller);
      if (!scroller) return null;
      const rect = scroller.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom };
    }
    return { top: 0, bottom: doc.defaultView?.innerHeight ?? innerHeight };
  };
  const isLine = (doc: Document, text: Element, x: number, y: number) =>
    doc.elementsFromPoint(x, y).some((hit) => hit.closest('p') !== null && text.contains(hit));
  const firstScreenShown = (doc: Document, text: Element, paragraphs: number): boolean => {
    const viewport = viewportOf(doc);
    if (!viewport) return false;
    const mark = doc.querySelector(args.mark);
    if (!mark) return false;
    const markRect = mark.getBoundingClientRect();
    if (markRect.width <= 0 || markRect.bottom <= viewport.top || markRect.top >= viewport.bottom)
      return false;
    const rect = text.getBoundingClientRect();
    // The viewport must be filled, unless the whole text is shorter than it.
    if (rect.bottom < viewport.bottom && paragraphs < args.lines) return false;
    // Inside the text's left padding (32 px) plus a little: a line's box, whatever its length.
    const x = rect.left + 40;
    const top = Math.max(viewport.top, rect.top) + 40;
    const bottom = Math.min(viewport.bottom, rect.bottom) - 4;
    return [top, (top + bottom) / 2, bottom].every((y) => isLine(doc, text, x, y));
  };

  const onClick = (event: Event) => {
    window.removeEventListener('click', onClick, true);
    const times: OpenTimes = { clickAt: event.timeStamp, longTasks: [] };
    w.__open = times;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) times.longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
    let observed: Element | null = null;
    let observer: ResizeObserver | undefined;
    const isDone = () => times.wholeAt !== undefined && times.firstScreenAt !== undefined;
    const check = () => {
      const doc = documentOf();
      const text = doc?.querySelector(args.text);
      if (!doc || !text) return;
      if (text !== observed) {
        // The document's own ResizeObserver: a floor's runs in its iframe's rendering step.
        observer?.disconnect();
        const Observer = (doc.defaultView ?? window).ResizeObserver;
        observer = new Observer(() => (isDone() ? observer?.disconnect() : check()));
        observer.observe(text);
        observed = text;
      }
      times.textElementAt ??= performance.now();
      if (times.firstMarkInDomAt === undefined && doc.querySelector(args.mark))
        times.firstMarkInDomAt = performance.now();
      const paragraphs = text.getElementsByTagName('p').length;
      if (times.firstScreenAt === undefined && firstScreenShown(doc, text, paragraphs))
        times.firstScreenAt = performance.now();
      if (times.wholeAt === undefined && paragraphs >= args.lines) {
        times.paragraphs = paragraphs;
        // Brings layout up to date, as the first screen's hit test does: the last lines'
        // layout (skipped ones aside) is part of the whole.
        text.getBoundingClientRect();
        times.wholeAt = performance.now();
      }
    };
    const frame = () => {
      check();
      if (isDone()) observer?.disconnect();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  };
  window.addEventListener('click', onClick, true);
}

/** Whether the armed probe has both times (run in the page). */
export function isOpenDone(): boolean {
  const open = (window as unknown as { __open?: OpenTimes }).__open;
  return !!open && (open.firstScreenAt ?? -1) > 0 && (open.wholeAt ?? -1) > 0;
}

/** The probe's times (run in the page). */
export function readOpenTimes(): OpenTimes {
  return (window as unknown as { __open: OpenTimes }).__open;
}

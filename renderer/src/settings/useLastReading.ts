/**
 * Reopening where the analyst left off: the article open when the app closed, scrolled as it
 * was. The shell remembers which article is open (`useRememberOpenArticle`) and reopens it
 * once at start (`useReopenLastArticle`); the reader keeps the scroll position
 * (`useRememberScroll`).
 */
import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import type { ArticleId } from '../db/records';
import { loadLastReading, saveLastReading } from './settings-repository';

/** Once at start: opens the article the analyst was reading, if it is still in the library. */
export function useReopenLastArticle(open: (id: ArticleId) => void, isReady: boolean): void {
  const hasRun = useRef(false);
  const onPlace = useEffectEvent(open);
  useEffect(() => {
    if (!isReady || hasRun.current) return;
    hasRun.current = true;
    void loadLastReading().then((place) => {
      if (place) onPlace(place.articleId);
      // Said on the page, so a test (or an extension) knows the start-up screen is settled.
      document.documentElement.dataset.reopenChecked = place ? 'reopened' : 'none';
    });
  }, [isReady]);
}

/** Stores which article is open (null: the library), keeping its scroll when it is the same. */
export function useRememberOpenArticle(openId: ArticleId | null, isReady: boolean): void {
  // The library shown at start is not a choice: the article to reopen must not be forgotten
  // before it is reopened.
  const hasOpened = useRef(false);
  useEffect(() => {
    if (!isReady) return;
    if (openId !== null) hasOpened.current = true;
    if (!hasOpened.current) return;
    void loadLastReading().then((place) => {
      if (openId === null) return saveLastReading(null);
      if (place?.articleId !== openId) return saveLastReading({ articleId: openId, scrollTop: 0 });
    });
  }, [openId, isReady]);
}

const SAVE_DELAY_MS = 400;
const RESTORE_LIMIT_MS = 4000;
const HOLD_MS = 600;

/**
 * Keeps the scroll position of the reader's text box (the element matching `selector` in
 * `container`): on mount, scrolls back to the stored position, waiting while the text is
 * still being built (a long article's lines come a chunk per task); answers the handler
 * the reader calls on each scroll, which stores the position once scrolling settles.
 */
export function useRememberScroll(
  container: RefObject<HTMLElement | null>,
  selector: string,
  articleId: ArticleId,
): (target: HTMLElement) => void {
  const isRestoring = useRef(true);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    let frame: number | undefined;
    isRestoring.current = true;
    const started = performance.now();
    void loadLastReading().then((place) => {
      const wanted = place?.articleId === articleId ? place.scrollTop : 0;
      let thereSince: number | null = null;
      const restore = () => {
        const now = performance.now();
        const element = container.current?.querySelector<HTMLElement>(selector) ?? null;
        if (element && wanted > 0 && Math.abs(element.scrollTop - wanted) >= 2) {
          element.scrollTop = wanted;
        }
        const isThere = element !== null && Math.abs(element.scrollTop - wanted) < 2;
        thereSince = isThere ? (thereSince ?? now) : null;
        // Held for a while: the text's later chunks (and the editor's first layout) can move
        // the box back to the top just after it got there.
        const hasHeld = thereSince !== null && now - thereSince > HOLD_MS;
        if (wanted === 0 || hasHeld || now - started > RESTORE_LIMIT_MS) {
          isRestoring.current = false;
          return;
        }
        frame = requestAnimationFrame(restore);
      };
      restore();
    });
    return () => {
      window.clearTimeout(timer.current);
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [container, selector, articleId]);
  return (target) => {
    // The scrolls the restoring makes are not the analyst's.
    if (isRestoring.current || !target.matches(selector)) return;
    window.clearTimeout(timer.current);
    const top = target.scrollTop;
    timer.current = window.setTimeout(
      () => void saveLastReading({ articleId, scrollTop: top }),
      SAVE_DELAY_MS,
    );
  };
}

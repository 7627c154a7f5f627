/**
 * How far a long list is scrolled past its first row, and the viewport's height, read once a
 * frame however many scroll events arrive: what a windowed list renders from
 * (`useRowWindow`, and the search results' `useUniformRowWindow`).
 */
import { useEffect, useState, type RefObject } from 'react';

/** Where the list starts in the scroller's content. */
export function listTop(frame: HTMLElement, start: HTMLElement | null): number {
  if (!start) return 0;
  return start.getBoundingClientRect().top - frame.getBoundingClientRect().top + frame.scrollTop;
}

/** The list's scroll position (`top`, in list coordinates) and the viewport's height. */
export function useScrollView(
  scroller: RefObject<HTMLElement | null>,
  start: RefObject<HTMLElement | null>,
): { top: number; height: number } {
  // Until the first read (a frame after mounting), the window's height stands for the
  // viewport's: never less than it, so a list drawn a screen at a time fills the screen.
  const [view, setView] = useState(() => ({ top: 0, height: window.innerHeight || 800 }));
  useEffect(() => {
    const frame = scroller.current;
    if (!frame) return;
    let frameRequest = 0;
    const read = () => {
      frameRequest = 0;
      const top = frame.scrollTop - listTop(frame, start.current);
      const height = frame.clientHeight;
      setView((view) => (view.top === top && view.height === height ? view : { top, height }));
    };
    // One read per frame however many scroll events arrive.
    const schedule = () => {
      if (frameRequest === 0) frameRequest = requestAnimationFrame(read);
    };
    frame.addEventListener('scroll', schedule, { passive: true });
    const resize = new ResizeObserver(schedule);
    resize.observe(frame);
    schedule();
    return () => {
      frame.removeEventListener('scroll', schedule);
      resize.disconnect();
      cancelAnimationFrame(frameRequest);
    };
  }, [scroller, start]);

  return view;
}

import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { uniformRowWindow, type RowWindow } from './row-window';
import type { RowWindowState } from './useRowWindow';
import { listTop, useScrollView } from './useScrollView';

/** Pixels of rows rendered beyond each edge of the viewport, so a scroll shows no gap. */
const OVERSCAN_PX = 800;

interface UniformRowWindowOptions {
  scroller: RefObject<HTMLElement | null>;
  /** The element whose top is where the first row would be. */
  start: RefObject<HTMLElement | null>;
  /** The element holding the rendered rows: its first child is measured. */
  body: RefObject<HTMLElement | null>;
  count: number;
  /** A row's height until one is measured. */
  estimate: number;
}

/** The window, the rows' one height, and how to bring a row into view. */
export interface UniformRowWindowState extends RowWindowState {
  rowHeight: number;
}

/**
 * The rows near the viewport of a list of `count` rows that are all one height (the CSS
 * keeps each on one line, so one measured row stands for all): no per-row data is needed
 * for rows not shown, so the rows themselves can live elsewhere (search results, in the
 * worker) and a list of 51,000 costs what a list of 50 does.
 */
export function useUniformRowWindow({
  scroller,
  start,
  body,
  count,
  estimate,
}: UniformRowWindowOptions): UniformRowWindowState {
  const view = useScrollView(scroller, start);
  const [rowHeight, setRowHeight] = useState(estimate);
  // The first rendered row is measured when laid out and when its height changes (a zoom or
  // a font change): a ResizeObserver reports both, before the next paint.
  const [observer] = useState(
    () =>
      new ResizeObserver((entries) => {
        const height = (entries.at(-1)?.target as HTMLElement | undefined)?.offsetHeight ?? 0;
        if (height > 0) setRowHeight(height);
      }),
  );
  useLayoutEffect(() => {
    const first = body.current?.firstElementChild;
    if (!first) return;
    observer.observe(first);
    return () => observer.unobserve(first);
  });
  useEffect(() => () => observer.disconnect(), [observer]);
  // The first rows of a list are drawn a screen at a time: the rows beyond the viewport
  // wait for the task after the first painted frame (the rows of the first screen are what
  // is seen; 800 px of overscan more than doubled the first draw of search results).
  const [overscan, setOverscan] = useState(0);
  const hasRows = count > 0;
  useEffect(() => {
    if (!hasRows || overscan > 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setOverscan(OVERSCAN_PX), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [hasRows, overscan]);
  const window: RowWindow = uniformRowWindow(count, rowHeight, view.top, view.height, overscan);
  return {
    window,
    rowHeight,
    scrollToIndex: (index) => {
      const frame = scroller.current;
      if (!frame || index < 0 || index >= count) return;
      frame.scrollTo({
        top: listTop(frame, start.current) + index * rowHeight - frame.clientHeight / 3,
      });
    },
  };
}

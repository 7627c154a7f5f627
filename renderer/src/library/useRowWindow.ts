import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { RowHeights } from './row-heights';
import { KeptRowOffsets } from './row-offsets';
import { rowWindow, type RowWindow } from './row-window';
import { listTop, useScrollView } from './useScrollView';

/** Pixels of rows rendered beyond each edge of the viewport, so a scroll shows no gap. */
const OVERSCAN_PX = 800;
/** A one-line row's height until some rows are measured. */
const FIRST_ESTIMATE_PX = 40;

interface RowWindowOptions<Row> {
  /** The scrolling element holding the list. */
  scroller: RefObject<HTMLElement | null>;
  /**
   * The element whose top is where the first row would be (not a sticky header: its place
   * does not move with the scroll).
   */
  start: RefObject<HTMLElement | null>;
  /** The element holding the rendered rows, each with `data-id`. */
  body: RefObject<HTMLElement | null>;
  rows: readonly Row[];
  keyOf: (row: Row) => string;
}

/** The window to render, and how to bring a row of it into view. */
export interface RowWindowState {
  window: RowWindow;
  /** Scrolls so that row `index` is rendered (and roughly a third down the viewport). */
  scrollToIndex(index: number): void;
}

/**
 * The rows of `rows` near the viewport of `scroller`: a table of 10,000 articles renders a
 * few dozen, so an import's chunk, a scroll or a sort lays out and paints what is on screen,
 * never the whole library. Rendered rows are measured as they are laid out (rows wrap their
 * titles); the others count as the average measured.
 */
export function useRowWindow<Row>({
  scroller,
  start,
  body,
  rows,
  keyOf,
}: RowWindowOptions<Row>): RowWindowState {
  const [heights] = useState(() => new RowHeights());
  const [keptOffsets] = useState(() => new KeptRowOffsets<Row>());
  // Bumped when a measurement changed, so the window is computed again with it.
  const [, setMeasured] = useState(0);

  const view = useScrollView(scroller, start);

  // Rendered rows are measured when laid out, and again when their height changes (a
  // narrower window wraps more): a ResizeObserver reports both, before the next paint.
  const [observer] = useState(
    () =>
      new ResizeObserver((entries) => {
        let isChanged = false;
        for (const entry of entries) {
          const element = entry.target as HTMLElement;
          const key = element.dataset.id;
          const height = element.offsetHeight;
          if (key !== undefined && height > 0 && heights.record(key, height)) isChanged = true;
        }
        if (isChanged) setMeasured((version) => version + 1);
      }),
  );
  useLayoutEffect(() => {
    const rendered = Array.from(body.current?.children ?? []);
    for (const element of rendered) observer.observe(element);
    // Rows leave the window often: stop observing them when they leave the page.
    return () => rendered.forEach((element) => element.isConnected || observer.unobserve(element));
  });
  useEffect(() => () => observer.disconnect(), [observer]);

  // Kept between renders: a list growing by batches, or with a row measured, looks up only
  // the rows it gained or that were measured.
  const offsets = keptOffsets.of(rows, keyOf, heights, FIRST_ESTIMATE_PX);
  return {
    window: rowWindow(offsets, view.top, view.height, OVERSCAN_PX),
    scrollToIndex: (index) => {
      const frame = scroller.current;
      const top = offsets[index];
      if (!frame || top === undefined) return;
      frame.scrollTo({ top: listTop(frame, start.current) + top - frame.clientHeight / 3 });
    },
  };
}

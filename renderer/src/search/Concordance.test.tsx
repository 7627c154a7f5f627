// @vitest-environment jsdom
/**
 * The concordance's part of a query's time to its first rows: the first draw holds the first
 * screen of rows only (the overscan follows a frame later), and the batches that stream in
 * after it render no row already drawn (each brings the head again as new objects).
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Concordance } from './Concordance';
import type { ResultRow } from './search-protocol';
import type { SearchVocabulary } from './search-vocabulary';

/** Renders of each row, by its article: a row's body reads its labels with `map` once. */
let renders = new Map<string, number>();
function resultRow(i: number): ResultRow {
  const itemIds: string[] = [];
  // Every structured clone of a row is a new object; a render of any of them counts.
  Object.defineProperty(itemIds, 'map', {
    value: (...args: Parameters<string[]['map']>) => {
      renders.set(`a${i}`, (renders.get(`a${i}`) ?? 0) + 1);
      return Array.prototype.map.apply(itemIds, args);
    },
  });
  return {
    articleId: `a${i}`,
    start: i,
    end: i + 5,
    left: 'the ',
    match: 'bank',
    right: ' said',
    itemIds,
    title: `Article ${i}`,
    publishedDate: '2025-01-02',
    outlet: 'o',
    language: 'en',
  };
}
const head = (length: number) => Array.from({ length }, (_, i) => resultRow(i));
const vocabulary = { itemLabels: {}, itemColours: {} } as unknown as SearchVocabulary;
const VIEWPORT_PX = 600;
const ROW_PX = 45;
const afterFrame = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

let container: HTMLDivElement;
let root: Root;
const drawn = () => container.querySelectorAll('li[data-id]').length;
const render = (count: number, rows: ResultRow[], onOpen = vi.fn()) =>
  act(async () =>
    root.render(
      <Concordance
        count={count}
        shown={{ from: 0, rows }}
        showRows={() => {}}
        vocabulary={vocabulary}
        onOpen={onOpen}
      />,
    ),
  );

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // jsdom lays nothing out: the scroller is a 600 px viewport, every row 45 px.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    get: () => VIEWPORT_PX,
    configurable: true,
  });
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});
afterAll(() => {
  // jsdom's own is on Element.prototype.
  delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
});
beforeEach(() => {
  renders = new Map();
  container = document.createElement('div');
  root = createRoot(container);
});
afterEach(async () => {
  await act(async () => root.unmount());
});

describe('Concordance', () => {
  it('draws the first screen of 1,000 hits first, and the rows beyond it a frame later', async () => {
    await render(1_000, head(100));
    // The window's height before it is read is the page's (jsdom: 768 px), no overscan.
    expect(drawn()).toBe(Math.ceil(window.innerHeight / ROW_PX));
    await act(afterFrame);
    await act(afterFrame);
    // The viewport read, and 800 px of overscan below it.
    expect(drawn()).toBe(Math.ceil((VIEWPORT_PX + 800) / ROW_PX));
  });

  it('mounted before its rows (at the submit), draws them for the height it measured', async () => {
    await render(0, []);
    expect(container.querySelector('ol')!.hidden).toBe(true);
    await act(afterFrame);
    await render(1_000, head(100));
    expect(container.querySelector('ol')!.hidden).toBe(false);
    expect(drawn()).toBe(Math.ceil(VIEWPORT_PX / ROW_PX));
  });

  it('renders no drawn row again as later batches bring the head again', async () => {
    await render(15, head(15));
    await act(afterFrame);
    await act(afterFrame);
    expect(drawn()).toBe(15);
    expect([...renders.values()].every((times) => times === 1)).toBe(true);
    renders.clear();
    // The next batches: more rows counted, the head cloned again each time.
    await render(90, head(90));
    await render(3_000, head(100));
    expect(drawn()).toBe(Math.ceil((VIEWPORT_PX + 800) / ROW_PX));
    const again = [...renders.keys()].filter((id) => Number(id.slice(1)) < 15);
    expect(again).toEqual([]);
    // Only the rows new to the window were drawn, once each.
    expect([...renders.values()].every((times) => times === 1)).toBe(true);
  });

  it('opens the row clicked (or pressed Enter on) with its hit', async () => {
    const onOpen = vi.fn();
    const rows = head(5);
    await render(5, rows, onOpen);
    const button = container.querySelector<HTMLButtonElement>('li[data-index="3"] button')!;
    expect(button.getAttribute('aria-label')).toBe('the bank said — Article 3');
    await act(async () => button.click());
    expect(onOpen).toHaveBeenCalledWith(rows[3]);
  });
});

// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AnnotationEditor } from './AnnotationEditor';
import type { ColouredSpan } from './span-changes';
import { spansLayer } from './span-layers';

// 200 lines of 30 characters: more than the first chunk, with a line known to be marked.
const LINES = Array.from(
  { length: 200 },
  (_, i) => `Line ${String(i).padStart(3, '0')} of the test text.`,
);
const TEXT = LINES.join('\n');
const lineStart = (line: number) => TEXT.indexOf(LINES[line]!);
const markOn = (id: string, line: number): ColouredSpan => ({
  id,
  start: lineStart(line),
  end: lineStart(line) + 4,
  colour: '#e04e4e',
});

let root: Root | null = null;

beforeAll(() => {
  // Marks React's test renderer as inside `act`, and gives jsdom the frame and idle
  // callbacks it lacks.
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  globalThis.requestAnimationFrame ??= (callback) =>
    setTimeout(() => callback(performance.now()), 0);
  globalThis.cancelAnimationFrame ??= (handle) => clearTimeout(handle);
  globalThis.requestIdleCallback ??= (callback) =>
    setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 }), 0) as never;
  globalThis.cancelIdleCallback ??= (handle) => clearTimeout(handle);
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('style');
  vi.restoreAllMocks();
});

function render(spans: readonly ColouredSpan[], spansBefore: number, text = TEXT) {
  act(() =>
    root!.render(
      <AnnotationEditor
        text={text}
        layers={[spansLayer('spans', spans)]}
        spansBefore={spansBefore}
        focusedId={null}
        onSelectionChange={() => {}}
        onMarkClick={() => {}}
        onHover={() => {}}
      />,
    ),
  );
}

const paragraphs = () => document.querySelectorAll('.article-text p');
const markedLines = () =>
  [...document.querySelectorAll<HTMLElement>('.article-text .sm-mark')].map((mark) =>
    mark.closest('p')!.textContent!.slice(5, 8),
  );

/** Lets the chunk builder's frames and tasks run until `isDone`. */
async function settle(isDone: () => boolean) {
  for (let tries = 0; tries < 100 && !isDone(); tries++)
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
}

describe('AnnotationEditor on an article whose annotations are read a page at a time', () => {
  it('builds the lines whose annotations are read, and the rest with their marks once read', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);

    // The first page covers lines 0 to 119: lines from 120 on wait for the rest.
    const firstPage = [markOn('early', 10)];
    render(firstPage, lineStart(120));
    await settle(() => paragraphs().length >= 120);
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
    expect(paragraphs()).toHaveLength(120);
    expect(markedLines()).toEqual(['010']);

    render([...firstPage, markOn('late', 150)], Infinity);
    await settle(() => paragraphs().length >= 200);
    expect(paragraphs()).toHaveLength(200);
    expect(markedLines()).toEqual(['010', '150']);
    expect(paragraphs()[199]!.textContent).toBe(LINES[199]);
  });
});

// 100 lines of 300 characters: a window holds a few of them, how many depends on the type.
const LONG_LINES = Array.from({ length: 100 }, (_, i) => `${i} `.padEnd(300, 'x'));
const LONG_TEXT = LONG_LINES.join('\n');

/** Mounts the editor on `LONG_TEXT` with one mark, and answers the lines of its first render. */
function firstRenderLines(): number {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  // `act` without awaiting: the chunks after the first wait for a frame that has not come.
  render([{ id: 'a', start: 0, end: 4, colour: '#e04e4e' }], Infinity, LONG_TEXT);
  return paragraphs().length;
}

describe('the first lines of an article', () => {
  it('are as many as fill the window at the reading size and spacing of the settings', () => {
    // As useAppSettings sets them: small type shows more lines in the same window.
    document.documentElement.style.setProperty('--reading-size', '13px');
    document.documentElement.style.setProperty('--reading-line-height', '1.2');
    const small = firstRenderLines();
    act(() => root?.unmount());
    document.documentElement.style.setProperty('--reading-size', '26px');
    document.documentElement.style.setProperty('--reading-line-height', '2.4');
    const large = firstRenderLines();
    // ceil(768 / 15.6) + 8 rows of 100 characters, then ceil(768 / 62.4) + 8 rows.
    expect(small).toBe(20);
    expect(large).toBe(7);
  });

  it('are in the DOM before any computed style or the DOM selection is read', () => {
    // Either read makes the browser recalculate styles and lay out the page as it is; before
    // the first lines are in it, that work is done again for the first paint.
    const early: string[] = [];
    const noteIfEarly = (what: string) => {
      if (paragraphs().length === 0) early.push(what);
    };
    const computedStyle = window.getComputedStyle.bind(window);
    vi.spyOn(window, 'getComputedStyle').mockImplementation((element, pseudo) => {
      noteIfEarly('computed style');
      return computedStyle(element, pseudo);
    });
    const selection = window.getSelection.bind(window);
    vi.spyOn(window, 'getSelection').mockImplementation(() => {
      noteIfEarly('selection');
      return selection();
    });
    const lines = firstRenderLines();
    expect(early).toEqual([]);
    expect(lines).toBe(12);
    expect(document.querySelector('.article-text .sm-mark')?.textContent).toBe('0 xx');
  });
});

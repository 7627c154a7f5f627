/**
 * The editor benchmark's floors: the same text and the same mark segments written as static
 * HTML, the least a browser can do to show them. Two of them, because the app skips
 * off-screen layout and a fair floor must be given the same treatment:
 * - `static`: one <p> per line, every line laid out;
 * - `cv`: the same lines in blocks of the app's size, each `content-visibility: auto` with
 *   the app's height estimate, as the editor renders them.
 * Both are opened from a click in an already-loaded shell page (`floorShellHtml`), as the
 * app opens an article from its library: the shell holds the floor's HTML as a Blob and the
 * click loads it into a full-size iframe. The browser's own HTML parser then streams it,
 * painting the first screen before the rest is parsed, as a static page does; there is no
 * network or routing in the timed part.
 */
import { flattenSpans, splitSegmentsAtParagraphs } from '../../../renderer/src/annotation/segments';
import type { SpanAnnotation } from '../../../renderer/src/annotation/types';
import { tint, underlineLanes } from '../../../renderer/src/editor/mark-style';
import { PARAGRAPHS_PER_BLOCK } from '../../../renderer/src/reader/article-blocks';
import { paragraphStartOffsets } from '../../../renderer/src/reader/paragraph-offsets';
import { colourOf } from './generate';

export type FloorKind = 'static' | 'cv';

export const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// The reading styles of the app's editor (app.css, editor.css), so layout work is alike.
export const READING_CSS = `
  body { margin: 0; font-family: Georgia, 'Times New Roman', serif; }
  .article-text { max-width: 72ch; margin: 0 auto; padding: 28px 32px 64px;
    font: 17px/1.8 Georgia, serif; color: #1d2330; }
  .article-text p { margin: 0; min-height: 1.65em; white-space: pre-wrap; overflow-wrap: anywhere; }
  mark { color: inherit; border-radius: 2px; }
`;

// editor.css's `.article-block`; the per-block estimate below is article-rendering.ts's
// (`rowsOf`: 70 characters a row, at least one) at ArticleBlockNode's 1.8 em a row.
const BLOCK_CSS = `.block { content-visibility: auto; contain-intrinsic-size: auto 90em; }`;
const CHARACTERS_PER_ROW = 70;
const ROW_HEIGHT_EM = 1.8;

/** Each line of `text` as HTML, with one <mark> per segment, coloured as the editor does. */
function linesHtml(text: string, annotations: readonly SpanAnnotation[]): string[] {
  const starts = paragraphStartOffsets(text);
  const ordered = [...annotations].sort(
    (a, b) => a.span.start - b.span.start || b.span.end - a.span.end || a.id.localeCompare(b.id),
  );
  const colours = new Map(ordered.map((a) => [a.id as string, colourOf(a)]));
  const segments = splitSegmentsAtParagraphs(
    flattenSpans(
      ordered.map((a) => ({ id: a.id as string, start: a.span.start, end: a.span.end })),
    ),
    starts,
  );
  const byLine = new Map<number, typeof segments>();
  for (const segment of segments) {
    const list = byLine.get(segment.paragraphIndex);
    if (list) list.push(segment);
    else byLine.set(segment.paragraphIndex, [segment]);
  }
  return starts.map((lineStart, index) => {
    const end = index + 1 < starts.length ? starts[index + 1]! - 1 : text.length;
    let html = '';
    let at = lineStart;
    for (const segment of byLine.get(index) ?? []) {
      if (segment.start > at) html += escapeHtml(text.slice(at, segment.start));
      const laneColours = segment.ids.map((id) => colours.get(id)!);
      const style =
        `background-color:${tint(laneColours.at(-1)!, 0.22)};` +
        `box-shadow:${underlineLanes(laneColours)};` +
        `padding-bottom:${laneColours.length > 1 ? 1 : 0}px`;
      html +=
        `<mark class="sm-mark" data-ids="${segment.ids.join(' ')}" style="${style}">` +
        `${escapeHtml(text.slice(segment.start, segment.end))}</mark>`;
      at = segment.end;
    }
    if (end > at) html += escapeHtml(text.slice(at, end));
    return `<p>${html}</p>`;
  });
}

/** Groups lines in blocks of the app's size, each with the app's height estimate. */
function inBlocks(lines: string[], text: string): string {
  const lengths = text.split('\n').map((line) => line.length);
  let html = '';
  for (let first = 0; first < lines.length; first += PARAGRAPHS_PER_BLOCK) {
    const last = Math.min(lines.length, first + PARAGRAPHS_PER_BLOCK);
    let rows = 0;
    for (let i = first; i < last; i++)
      rows += Math.max(1, Math.ceil(lengths[i]! / CHARACTERS_PER_ROW));
    html +=
      `<div class="block" style="contain-intrinsic-size:auto ${rows * ROW_HEIGHT_EM}em">` +
      `${lines.slice(first, last).join('')}</div>`;
  }
  return html;
}

/** A floor page: the text with its marks, static or in `content-visibility` blocks. */
export function floorHtml(
  text: string,
  annotations: readonly SpanAnnotation[],
  kind: FloorKind,
): string {
  const lines = linesHtml(text, annotations);
  const body = kind === 'cv' ? inBlocks(lines, text) : lines.join('');
  return (
    `<!doctype html><html><head><meta charset="utf-8"><title>Floor (${kind})</title>` +
    `<style>${READING_CSS}${kind === 'cv' ? BLOCK_CSS : ''}</style></head>` +
    `<body><div class="article-text">${body}</div></body></html>`
  );
}

/**
 * The shell a floor opens in. `__prepare(path)` fetches the floor (before the clock starts)
 * and keeps it as a Blob URL; a click anywhere (the "Open" button covers the page) loads it
 * into the iframe, which fills the viewport as the app's text surface does.
 */
export function floorShellHtml(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Floor shell</title><style>
  html, body { margin: 0; height: 100%; overflow: hidden; }
  #open { position: fixed; inset: 0; width: 100%; height: 100%; z-index: 1; }
  #doc { display: block; width: 100%; height: 100%; border: 0; }
</style></head><body><button id="open">Open</button><iframe id="doc" hidden></iframe><script>
  window.__prepare = async (path) => {
    const html = await (await fetch(path)).text();
    window.__floorUrl = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  };
  document.getElementById('open').addEventListener('click', (event) => {
    event.currentTarget.remove();
    const frame = document.getElementById('doc');
    frame.hidden = false;
    frame.src = window.__floorUrl;
  });
</script></body></html>`;
}

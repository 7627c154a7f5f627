/**
 * The two reference pages of the editor benchmark, served from a made-up origin through
 * Playwright routing (no app CSP, no server to stop):
 * - the floor: the same text and the same mark segments written as static HTML;
 * - the peer: the same text with @recogito/text-annotator loading the same annotations.
 */
import { join } from 'node:path';
import { build } from 'vite';
import { flattenSpans, splitSegmentsAtParagraphs } from '../../../renderer/src/annotation/segments';
import type { SpanAnnotation } from '../../../renderer/src/annotation/types';
import { tint, underlineLanes } from '../../../renderer/src/editor/mark-style';
import { paragraphStartOffsets } from '../../../renderer/src/reader/paragraph-offsets';
import { colourOf } from './generate';

export const BENCH_ORIGIN = 'http://sm-bench.test';

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// The reading styles of the app's editor (app.css, editor.css), so layout work is alike.
const READING_CSS = `
  body { margin: 0; font-family: Georgia, 'Times New Roman', serif; }
  .article-text { max-width: 72ch; margin: 0 auto; padding: 28px 32px 64px;
    font: 17px/1.8 Georgia, serif; color: #1d2330; }
  .article-text p { margin: 0; min-height: 1.65em; white-space: pre-wrap; overflow-wrap: anywhere; }
  mark { color: inherit; border-radius: 2px; }
`;

// Marks the first frame painted after the DOM is complete: a message posted from a rAF
// callback runs after that frame's style, layout and paint.
const PAINTED_SCRIPT = `
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { window.__painted = performance.now(); };
    channel.port2.postMessage(0);
  });
`;

/** Static HTML: one <p> per line, one <mark> per segment, coloured as the editor does. */
export function floorHtml(text: string, annotations: readonly SpanAnnotation[]): string {
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
  const paragraphs = starts.map((lineStart, index) => {
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
  return (
    `<!doctype html><html><head><meta charset="utf-8"><title>Floor</title>` +
    `<style>${READING_CSS}</style></head><body><div class="article-text">` +
    paragraphs.join('') +
    `</div><script>${PAINTED_SCRIPT}</script></body></html>`
  );
}

/** The peer's annotations in its W3C format; its offsets count the container's text (no `\n`). */
export function peerAnnotations(text: string, annotations: readonly SpanAnnotation[]) {
  const starts = paragraphStartOffsets(text);
  let line = 0;
  const sorted = [...annotations].sort((a, b) => a.span.start - b.span.start);
  return sorted.map((annotation) => {
    while (line + 1 < starts.length && starts[line + 1]! <= annotation.span.start) line++;
    return {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: annotation.id,
      body: [{ type: 'TextualBody', purpose: 'tagging', value: annotation.itemId }],
      target: {
        source: 'urn:sourcemark:bench',
        selector: [
          { type: 'TextQuoteSelector', exact: annotation.quote.exact },
          {
            type: 'TextPositionSelector',
            start: annotation.span.start - line,
            end: annotation.span.end - line,
          },
        ],
      },
    };
  });
}

/** Bundles the peer's page script (an IIFE with its CSS) with Vite's build API, in memory. */
export async function buildPeerBundle(projectRoot: string): Promise<{ js: string; css: string }> {
  const output = await build({
    configFile: false,
    root: projectRoot,
    logLevel: 'warn',
    // Library mode leaves `process.env.NODE_ENV` in; the page has no `process`.
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      copyPublicDir: false,
      lib: {
        entry: join(projectRoot, 'tests', 'bench', 'editor', 'peer-entry.ts'),
        formats: ['iife'],
        name: 'PeerBench',
        fileName: 'peer',
        cssFileName: 'peer',
      },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]).flatMap((result) =>
    'output' in result ? result.output : [],
  );
  let js = '';
  let css = '';
  for (const item of outputs) {
    if (item.type === 'chunk') js += item.code;
    else if (item.fileName.endsWith('.css')) css += String(item.source);
  }
  if (!js) throw new Error('peer bundle: no script produced');
  return { js, css };
}

/** The peer page: the same lines as plain <p>, its bundle; the test calls `__peerLoad`. */
export function peerHtml(text: string, bundle: { js: string; css: string }): string {
  const paragraphs = text
    .split('\n')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
  return (
    `<!doctype html><html><head><meta charset="utf-8"><title>Peer</title>` +
    `<style>${READING_CSS}${bundle.css}</style></head><body>` +
    `<div class="article-text" id="peer-text">${paragraphs}</div>` +
    `<script src="/peer.js"></script><script>${PAINTED_SCRIPT}</script></body></html>`
  );
}

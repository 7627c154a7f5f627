/**
 * The editor benchmark's peer: @recogito/text-annotator over the same text, with the same
 * annotations in its W3C format. Its page is loaded and its data fetched before the clock
 * starts (`__peerPrepare`); a click anywhere (the "Open" button covers the page) puts the
 * text in and hands the annotations to the annotator (`peer-entry.ts`), as a click on a
 * library row makes the app show an article: neither has the text on screen before.
 */
import { join } from 'node:path';
import { build } from 'vite';
import type { SpanAnnotation } from '../../../renderer/src/annotation/types';
import { paragraphStartOffsets } from '../../../renderer/src/reader/paragraph-offsets';
import { escapeHtml, READING_CSS } from './floor-page';

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
      // Readable names in a profile (`SM_NO_MINIFY`, as for the app).
      minify: !process.env.SM_NO_MINIFY,
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

/** The text the peer is given at the click: the same lines as plain <p>. */
export function peerTextHtml(text: string): string {
  return text
    .split('\n')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}

/** The peer page: an empty text element, the covering "Open" button, the bundle. */
export function peerHtml(bundle: { css: string }): string {
  return (
    `<!doctype html><html><head><meta charset="utf-8"><title>Peer</title>` +
    `<style>${READING_CSS}${bundle.css}` +
    `#open { position: fixed; inset: 0; width: 100%; height: 100%; z-index: 1; }</style>` +
    `</head><body><button id="open">Open</button>` +
    `<div class="article-text" id="peer-text"></div>` +
    `<script src="/peer.js"></script></body></html>`
  );
}

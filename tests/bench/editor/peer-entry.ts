/**
 * The peer page's script: @recogito/text-annotator. `__peerPrepare` fetches the text and
 * the annotations before the clock starts (the app's are in IndexedDB already); the click
 * on "Open" puts the text in, creates the annotator and hands it the annotations, timing
 * each phase into `__peerPhases`. The probe (`open-probe.ts`) times the first screen.
 */
import { createTextAnnotator, W3CTextFormat } from '@recogito/text-annotator';
import '@recogito/text-annotator/text-annotator.css';

interface PeerPhases {
  textMs: number;
  createMs: number;
  setAnnotationsMs: number;
}

declare global {
  interface Window {
    __peerPrepare: () => Promise<void>;
    __peerPhases?: PeerPhases;
    __peerAnnotator: unknown;
  }
}

let prepared: { html: string; annotations: unknown[] } | undefined;

window.__peerPrepare = async () => {
  const [html, annotations] = await Promise.all([
    fetch('/peer-text.html').then((response) => response.text()),
    fetch('/annotations.json').then((response) => response.json() as Promise<unknown[]>),
  ]);
  prepared = { html, annotations };
};

document.getElementById('open')!.addEventListener('click', (event) => {
  (event.currentTarget as HTMLElement).remove();
  if (!prepared) throw new Error('peer: __peerPrepare was not awaited');
  const started = performance.now();
  const container = document.getElementById('peer-text')!;
  container.innerHTML = prepared.html;
  const texted = performance.now();
  const annotator = createTextAnnotator(container, {
    adapter: W3CTextFormat('urn:sourcemark:bench', container) as never,
  });
  window.__peerAnnotator = annotator;
  const created = performance.now();
  annotator.setAnnotations(prepared.annotations as never, true);
  window.__peerPhases = {
    textMs: texted - started,
    createMs: created - texted,
    setAnnotationsMs: performance.now() - created,
  };
});

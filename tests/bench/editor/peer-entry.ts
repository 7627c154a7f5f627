/**
 * The peer page's script: @recogito/text-annotator over the page's text. `__peerLoad`
 * fetches the annotations, hands them to the annotator and resolves once its highlights
 * are painted in the viewport, with the time each phase took.
 */
import { createTextAnnotator, W3CTextFormat } from '@recogito/text-annotator';
import '@recogito/text-annotator/text-annotator.css';

declare global {
  interface Window {
    __peerLoad: () => Promise<{ parseMs: number; setMs: number; paintedAt: number }>;
    __peerAnnotator: unknown;
  }
}

const afterPaint = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );

window.__peerLoad = async () => {
  const started = performance.now();
  const annotations = (await (await fetch('/annotations.json')).json()) as unknown[];
  const container = document.getElementById('peer-text')!;
  const annotator = createTextAnnotator(container, {
    adapter: W3CTextFormat('urn:sourcemark:bench', container) as never,
  });
  window.__peerAnnotator = annotator;
  const parsed = performance.now();
  annotator.setAnnotations(annotations as never, true);
  const set = performance.now();
  // Its highlights are drawn for the viewport on a later frame.
  for (;;) {
    const painted = await afterPaint();
    if (document.querySelector('.r6o-span-highlight-layer .r6o-annotation')) {
      return { parseMs: parsed - started, setMs: set - parsed, paintedAt: painted };
    }
  }
};

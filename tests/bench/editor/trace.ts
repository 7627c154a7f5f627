/**
 * Chromium traces of a page (Perfetto or DevTools "Load profile"): the timeline's events
 * (input, script, style, layout, paint, IndexedDB tasks), where a CPU profile shows only
 * script. Read through the DevTools protocol, as the stream Chromium hands back.
 */
import { writeFile } from 'node:fs/promises';
import type { CDPSession } from '@playwright/test';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'loading',
  'latencyInfo',
  'toplevel',
  'v8.execute',
  // What invalidated style, layout and paint, and why (DevTools' "invalidation tracking").
  ...(process.env.SM_BENCH_TRACE_INVALIDATIONS === '1'
    ? [
        'devtools.timeline.invalidationTracking',
        'disabled-by-default-devtools.timeline.invalidationTracking',
        'disabled-by-default-devtools.timeline.paint',
        'disabled-by-default-blink.invalidation',
        'blink',
        'cc',
      ]
    : []),
];

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordContinuously' },
  });
}

export async function stopTrace(cdp: CDPSession, path: string): Promise<void> {
  const complete = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream!)),
  );
  await cdp.send('Tracing.end');
  const stream = await complete;
  const parts: string[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  await writeFile(path, parts.join(''));
}

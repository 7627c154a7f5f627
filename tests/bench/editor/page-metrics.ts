/** Chromium's own counters for a page (DevTools' Performance domain), after a collection. */
import type { CDPSession } from '@playwright/test';

export async function pageMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
}

export const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Heap and DOM size of a page, as reported for the app, the floors and the peer. */
export async function pageSize(cdp: CDPSession): Promise<{ heapMb: number; domNodes: number }> {
  const metrics = await pageMetrics(cdp);
  return { heapMb: mb(metrics.JSHeapUsedSize!), domNodes: metrics.Nodes! };
}

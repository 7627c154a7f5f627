/**
 * CPU profiles of the page's main thread over the phases of a corpus UI part, for finding
 * the long tasks the targets count (`SM_CORPUS_PROFILE=<prefix>`, with `SM_NO_MINIFY=1` for
 * readable names).
 */
import { writeFile } from 'node:fs/promises';
import type { CDPSession, Page } from '@playwright/test';
import { startTrace, stopTrace } from '../editor/trace';

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** The `count` functions with the most sampled time of their own, as readable lines. */
function topSelfTimes(profile: CpuProfile, count: number): string[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame;
    if (!frame) return;
    const where = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}:${frame.columnNumber}`;
    self.set(where, (self.get(where) ?? 0) + (profile.timeDeltas?.[i + 1] ?? 0) / 1000);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([where, ms]) => `${Math.round(ms)} ms ${where}`);
}

/**
 * `SM_CORPUS_PROFILE=<prefix>`: the page's main thread is profiled (CDP) over each phase
 * of a part (search: index build, index load, the queries; annotate-all: listing, tagging),
 * each written to `<prefix>-<phase>.cpuprofile`, and
 * the functions with the most time of their own printed. `SM_CORPUS_TRACE=<prefix>`: a
 * Chromium trace of each phase instead (`<prefix>-<phase>.json`: style, layout, paint,
 * garbage collection and the workers' tasks, which a CPU profile shows as "(program)").
 * Otherwise it does nothing.
 */
export function mainThreadProfiler(page: Page, part: string) {
  const tracePrefix = process.env.SM_CORPUS_TRACE;
  const prefix = tracePrefix ? undefined : process.env.SM_CORPUS_PROFILE;
  let cdp: CDPSession | undefined;
  return {
    async start() {
      if (tracePrefix) {
        cdp = await page.context().newCDPSession(page);
        await startTrace(cdp);
        return;
      }
      if (!prefix) return;
      // A reload ends the session's target: a new session for each phase.
      cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    },
    async stop(phase: string) {
      if (tracePrefix && cdp) {
        const file = `${tracePrefix}-${phase}.json`;
        await stopTrace(cdp, file);
        await cdp.detach();
        console.log(`  ${part}: trace of ${phase} in ${file}`);
        return;
      }
      if (!prefix || !cdp) return;
      const { profile } = await cdp.send('Profiler.stop');
      await cdp.detach();
      const file = `${prefix}-${phase}.cpuprofile`;
      await writeFile(file, JSON.stringify(profile));
      console.log(`  ${part}: main-thread profile of ${phase} in ${file}`);
      for (const line of topSelfTimes(profile, 20)) console.log(`    ${line}`);
    },
  };
}

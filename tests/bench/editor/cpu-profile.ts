/** CPU profiles of a page (`.cpuprofile`, for DevTools), sampled every 200 µs. */
import { writeFile } from 'node:fs/promises';
import type { CDPSession } from '@playwright/test';

export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

export async function stopProfile(cdp: CDPSession, path: string): Promise<void> {
  const { profile } = await cdp.send('Profiler.stop');
  await writeFile(path, JSON.stringify(profile));
}

/** The desktop app's push of source changes: the window gets each report as an event. */
import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { SourceChanges } from '../../preload/api';
import { noSourceChanges } from '../ingest/watch/source-watcher';
import { forwardSourceChanges } from './source-events';

describe('forwardSourceChanges', () => {
  it('sends what the watcher found to the window, as sm:sources:changed', async () => {
    vi.useFakeTimers();
    try {
      const missing: SourceChanges = { ...noSourceChanges(), missing: ['/news/a.txt'] };
      const answers = [missing];
      const sent: [string, unknown][] = [];
      const window = {
        webContents: { send: (channel: string, payload: unknown) => sent.push([channel, payload]) },
      } as unknown as BrowserWindow;
      const stop = forwardSourceChanges(
        { watch: () => 0, check: async () => answers.shift() ?? noSourceChanges() },
        () => window,
      );
      await vi.advanceTimersByTimeAsync(10_000);
      stop();
      expect(sent).toEqual([['sm:sources:changed', missing]]);
    } finally {
      vi.useRealTimers();
    }
  });
});

/** Interval checks: reported only when something changed, never overlapping, stoppable. */
import { describe, expect, it, vi } from 'vitest';
import type { SourceChanges } from '../../../preload/api';
import { pollSources } from './poll-sources';
import { noSourceChanges, type SourceWatcher } from './source-watcher';

function scripted(answers: SourceChanges[]): SourceWatcher & { checks: number } {
  const watcher = {
    checks: 0,
    watch: () => 0,
    check: async () => answers[watcher.checks++] ?? noSourceChanges(),
  };
  return watcher;
}

describe('pollSources', () => {
  it('passes on non-empty changes, checks again at once when more wait, and stops', async () => {
    vi.useFakeTimers();
    try {
      const missing = { ...noSourceChanges(), missing: ['/a.txt'], hasMore: true };
      const watcher = scripted([noSourceChanges(), missing]);
      const seen: SourceChanges[] = [];
      const stop = pollSources(watcher, (changes) => seen.push(changes), 1000);

      await vi.advanceTimersByTimeAsync(999);
      expect(watcher.checks).toBe(0);
      await vi.advanceTimersByTimeAsync(1);
      expect(seen).toEqual([]);
      await vi.advanceTimersByTimeAsync(1000);
      expect(seen).toEqual([missing]);
      // hasMore: the third check runs without waiting an interval.
      await vi.advanceTimersByTimeAsync(10);
      expect(watcher.checks).toBe(3);

      stop();
      await vi.advanceTimersByTimeAsync(10_000);
      expect(watcher.checks).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { Result, SourceChanges } from '../../../preload/api';
import { pollSourceChecks } from './poll-source-checks';

const none: SourceChanges = { changed: [], failed: [], missing: [], restored: [], hasMore: false };

describe('pollSourceChecks', () => {
  it('checks on an interval, passes on reports with news only, and stops', async () => {
    vi.useFakeTimers();
    try {
      const gone = { ...none, missing: ['/a.txt'] };
      const answers: Result<SourceChanges>[] = [
        { ok: true, value: none },
        { ok: false, error: { code: 'internal', message: 'bridge down' } },
        { ok: true, value: gone },
      ];
      let checks = 0;
      const seen: SourceChanges[] = [];
      const stop = pollSourceChecks(
        async () => answers[checks++] ?? { ok: true, value: none },
        (changes) => seen.push(changes),
        100,
      );
      await vi.advanceTimersByTimeAsync(300);
      expect(checks).toBe(3);
      expect(seen).toEqual([gone]);
      stop();
      await vi.advanceTimersByTimeAsync(1000);
      expect(checks).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexLine, summaryLine } from './search-status-line';

const summary = { rows: 51_000, articles: 1_234, rejected: 2, undated: 0, missingTexts: 1 };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('search status line', () => {
  it('says the hits so far, the tallies at the end and the index state in English numbers', () => {
    expect(summaryLine({ kind: 'running' }, 12_345)).toBe('Searching… 12,345 hits so far');
    expect(summaryLine({ kind: 'done', summary: { ...summary, elapsedMs: 40 } }, 0)).toBe(
      '51,000 hits in 1,234 articles · 2 proposed by the index but not confirmed in the text · 1 articles without a stored text skipped (40 ms)',
    );
    expect(
      summaryLine(
        {
          kind: 'done',
          summary: { ...summary, rows: 1, articles: 1, rejected: 0, missingTexts: 0, elapsedMs: 3 },
        },
        0,
      ),
    ).toBe('1 hit in 1 article (3 ms)');
    expect(indexLine({ kind: 'indexing', done: 2_500, total: 10_000 })).toBe(
      'Indexing articles: 2,500 of 10,000…',
    );
  });

  it('formats with one formatter, not a lookup per number (it is drawn once a frame)', () => {
    const perCall = vi.spyOn(Number.prototype, 'toLocaleString');
    summaryLine({ kind: 'running' }, 12_345);
    summaryLine({ kind: 'done', summary: { ...summary, elapsedMs: 40 } }, 0);
    indexLine({ kind: 'ready', articles: 10_000, annotations: 200_000, loadedMs: 1 });
    expect(perCall).not.toHaveBeenCalled();
  });
});

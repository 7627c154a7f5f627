import { describe, expect, it } from 'vitest';
import type { SetImportReport } from './import-report';
import { summariseReport } from './report-summary';

const report = (kinds: SetImportReport['items'][number]['kind'][], matched: number) =>
  ({
    formatLabel: 'brat',
    authors: [],
    articlesMatched: matched,
    articlesCreated: 0,
    items: kinds.map((kind, i) => ({ kind, location: `a.ann:${i + 1}` })),
  }) satisfies SetImportReport;

describe('summariseReport', () => {
  it('uses the singular where there is one item', () => {
    expect(summariseReport(report(['imported', 'error', 'duplicate', 'changed'], 1))).toBe(
      'brat: 1 imported, 1 duplicate (already here), 1 changed since you imported it, 1 error. 1 article matched, 0 added to the library.',
    );
    expect(summariseReport(report(['error', 'error', 'duplicate', 'duplicate'], 2))).toBe(
      'brat: 2 duplicates (already here), 2 errors. 2 articles matched, 0 added to the library.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { ArticleId } from '../db/records';
import { groupFailuresByReason } from './failure-groups';
import { emptyReport, mergeReports, summarizeReport, type ImportReport } from './import-report';

const added = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `a${i}` as ArticleId,
    title: `Article ${i}`,
    sourcePath: `/a/${i}.txt`,
  }));

describe('summarizeReport', () => {
  it('counts added, duplicates and skipped files', () => {
    const report: ImportReport = {
      ...emptyReport(),
      added: added(3),
      duplicates: [
        { sourcePath: '/b.txt', existingTitle: 'Article 0', existingId: 'a0' as ArticleId },
      ],
      failures: [
        { path: '/e.txt', reason: 'empty', message: '"e.txt" is empty.' },
        { path: '/p.pdf', reason: 'unsupported-type', message: '"p.pdf" is a PDF.' },
      ],
    };
    expect(summarizeReport(report)).toBe('Added 3 · 1 duplicate · 2 skipped');
  });

  it('names errors and a cancel', () => {
    const report: ImportReport = {
      ...emptyReport(),
      duplicates: [
        { sourcePath: '/b.txt', existingTitle: 'X', existingId: 'x' as ArticleId },
        { sourcePath: '/c.txt', existingTitle: 'X', existingId: 'x' as ArticleId },
      ],
      errors: [{ message: 'The host is not reachable.', paths: ['/d.txt'] }],
      isCancelled: true,
      notImported: 40,
    };
    expect(summarizeReport(report)).toBe(
      'Added 0 · 2 duplicates · 1 error · cancelled, 40 files not imported',
    );
  });
});

describe('mergeReports', () => {
  it('concatenates items and adds the counts', () => {
    const first = { ...emptyReport(), added: added(1), notImported: 2 };
    const second = { ...emptyReport(), added: added(2), isCancelled: true, notImported: 3 };
    const merged = mergeReports(first, second);
    expect(merged.added).toHaveLength(3);
    expect(merged.notImported).toBe(5);
    expect(merged.isCancelled).toBe(true);
  });
});

describe('groupFailuresByReason', () => {
  it('groups in a fixed order, keeping every file', () => {
    const groups = groupFailuresByReason([
      { path: '/e1.txt', reason: 'empty', message: 'e1' },
      { path: '/x.pdf', reason: 'unsupported-type', message: 'x' },
      { path: '/e2.txt', reason: 'empty', message: 'e2' },
    ]);
    expect(groups.map((group) => [group.label, group.failures.map((f) => f.path)])).toEqual([
      ['Unsupported file type', ['/x.pdf']],
      ['Empty', ['/e1.txt', '/e2.txt']],
    ]);
  });
});

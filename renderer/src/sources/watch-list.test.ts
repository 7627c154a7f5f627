import { describe, expect, it } from 'vitest';
import type { ArticleId } from '../db/records';
import { describeRefusedSources, isFileSource, watchListOf } from './watch-list';

const HASH = 'a'.repeat(64);

function row(id: string, sourcePath: string, addedAt: string, extra: object = {}) {
  return {
    id: id as ArticleId,
    sourcePath,
    sizeBytes: 10,
    modifiedAtMs: 1000,
    textSha256: HASH,
    addedAt,
    ...extra,
  };
}

describe('watchListOf', () => {
  it('watches files on disk only, newest first, one entry per path from its latest article', () => {
    const list = watchListOf([
      row('1', '/news/a.txt', '2026-01-01T00:00:00.000Z'),
      row('2', 'dropped:b.txt', '2026-01-02T00:00:00.000Z'),
      row('3', '/news/a.txt', '2026-01-03T00:00:00.000Z', { textSha256: 'b'.repeat(64) }),
      row('4', '/news/c.txt', '2026-01-02T00:00:00.000Z', { sourceMissing: true }),
    ]);
    expect(list).toEqual([
      { path: '/news/a.txt', sizeBytes: 10, modifiedAtMs: 1000, textSha256: 'b'.repeat(64) },
      { path: '/news/c.txt', sizeBytes: 10, modifiedAtMs: 1000, textSha256: HASH, isMissing: true },
    ]);
  });

  it('knows a file path from an upload name', () => {
    expect(isFileSource('/home/a.txt')).toBe(true);
    expect(isFileSource('C:\\Users\\a.txt')).toBe(true);
    expect(isFileSource('dropped:a.txt')).toBe(false);
  });
});

describe('describeRefusedSources', () => {
  it('names a single refused file and says how to follow it again', () => {
    expect(describeRefusedSources(['/news/corridor.txt'])).toBe(
      '“corridor.txt” is not followed for changes: Sourcemark may only read files you opened. Open it again (Open files or Open folder) to follow its changes.',
    );
  });

  it('counts several refused files', () => {
    expect(describeRefusedSources(['/a.txt', '/b.txt'])).toMatch(
      /^2 source files are not followed for changes: .* Open them again/,
    );
  });
});

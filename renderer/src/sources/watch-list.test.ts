import { describe, expect, it } from 'vitest';
import type { ArticleId } from '../db/records';
import { describeRefusedSources, isFileSource, sameSources, watchListOf } from './watch-list';

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

describe('sameSources', () => {
  it('tells a list read again the same from one where any value of any file changed', () => {
    const list = watchListOf([
      row('a1', '/corpus/a.txt', '2026-03-01T10:00:00.000Z', { sourceMissing: true }),
      row('a2', '/corpus/b.txt', '2026-03-02T10:00:00.000Z'),
    ]);
    const again = watchListOf([
      row('a1', '/corpus/a.txt', '2026-03-01T10:00:00.000Z', { sourceMissing: true }),
      row('a2', '/corpus/b.txt', '2026-03-02T10:00:00.000Z'),
    ]);
    expect(sameSources(list, again)).toBe(true);
    expect(sameSources(list, again.slice(1))).toBe(false);
    expect(sameSources(list, [...again].reverse())).toBe(false);
    // Every field the list carries counts, whatever fields it comes to carry.
    const missing = list.find((s) => s.isMissing)!;
    for (const key of Object.keys(missing) as (keyof typeof missing)[]) {
      const changed = list.map((s) =>
        s === missing ? { ...s, [key]: typeof s[key] === 'string' ? `${s[key]}x` : 7 } : s,
      );
      expect(sameSources(list, changed), key).toBe(false);
    }
  });
});

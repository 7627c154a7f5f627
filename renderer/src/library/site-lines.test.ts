import { describe, expect, it } from 'vitest';
import { folderOf, siteLinesOf, tallySitePages } from './site-lines';

describe('site lines', () => {
  it('keeps a line once, and leaves out blank lines and prose-length lines', () => {
    expect(siteLinesOf(`Menu\n\nMenu\n${'x'.repeat(201)}\n Share `)).toEqual(['Menu', 'Share']);
  });

  it('takes the folder of posix and Windows paths', () => {
    expect(folderOf('/news/site/a.txt')).toBe('/news/site');
    expect(folderOf('C:\\news\\a.txt')).toBe('C:\\news');
    expect(folderOf('dropped:a.txt')).toBe('');
  });

  it('tallies each dump once per folder, and takes one out with a negative sign', () => {
    const tally = tallySitePages([
      { folder: '/a', lines: ['Menu', 'One'] },
      { folder: '/a', lines: ['Menu'] },
      { folder: '', lines: ['Menu'] },
    ]);
    tallySitePages([{ folder: '/a', lines: ['One'] }], -1, tally);
    expect(tally.get('/a')).toEqual({
      pages: 1,
      lines: new Map([
        ['Menu', 2],
        ['One', 0],
      ]),
    });
    expect(tally.has('')).toBe(false);
  });
});

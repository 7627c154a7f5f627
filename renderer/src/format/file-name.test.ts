import { describe, expect, it } from 'vitest';
import { fileNameOf } from './file-name';

describe('fileNameOf', () => {
  it('takes the last segment of POSIX, Windows and dropped paths', () => {
    expect(fileNameOf('/home/ana/news/corridor.txt')).toBe('corridor.txt');
    expect(fileNameOf('C:\\Users\\Ana\\haber-1254.txt')).toBe('haber-1254.txt');
    expect(fileNameOf('dropped:communiqué.txt')).toBe('communiqué.txt');
  });

  it('names a folder given with a trailing separator, and keeps a bare name', () => {
    expect(fileNameOf('/home/ana/news/')).toBe('news');
    expect(fileNameOf('notes.md')).toBe('notes.md');
    expect(fileNameOf('/')).toBe('/');
  });
});

import { describe, expect, it } from 'vitest';
import { fileNameEnds } from './ShortFileName';

describe('fileNameEnds', () => {
  it('keeps the extension and the six characters before it at the end', () => {
    expect(fileNameEnds('depeche-azertac.2025-03-11.txt')).toEqual([
      'depeche-azertac.2025',
      '-03-11.txt',
    ]);
  });

  it('keeps a short name whole at the end, so nothing of it can be ellipsised', () => {
    expect(fileNameEnds('a.txt')).toEqual(['', 'a.txt']);
    expect(fileNameEnds('README')).toEqual(['', 'README']);
  });

  it('takes a leading dot for part of the name, not an extension', () => {
    expect(fileNameEnds('.sourcemark-notes')).toEqual(['.sourcemark', '-notes']);
  });

  it('never cuts an emoji in half or an accent from its letter', () => {
    expect(fileNameEnds('ab😀cdefg.md')).toEqual(['ab', '😀cdefg.md']);
    expect(fileNameEnds('xye\u0301bcdef.md')).toEqual(['xy', 'e\u0301bcdef.md']);
  });

  it('joins back to the name', () => {
    for (const name of [
      'x',
      'نص-المقال-الأول.html',
      'émoji-😀-file.md',
      '000_3dae4a0746d7e458.txt',
    ])
      expect(fileNameEnds(name).join('')).toBe(name);
  });
});

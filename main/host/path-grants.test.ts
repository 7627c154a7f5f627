/** The pure grant decisions, on paths as `resolveRealPath` hands them over. */
import { describe, expect, it } from 'vitest';
import { isGranted, isWithinFolder, type GrantSet } from './path-grants';

describe('isWithinFolder', () => {
  it.each([
    ['the folder itself', '/data/news', '/data/news', true],
    ['a file under it', '/data/news', '/data/news/2024/a.txt', true],
    ['a child whose name starts with two dots', '/data/news', '/data/news/..draft.txt', true],
    ['everything, under the root folder', '/', '/etc/passwd', true],
    ['a sibling sharing its name as a prefix', '/data/news', '/data/news-old/a.txt', false],
    ['its parent', '/data/news', '/data', false],
    ['a file beside it', '/data/news', '/data/secret.txt', false],
  ])('%s', (_what, folder, inner, expected) => {
    expect(isWithinFolder(folder, inner)).toBe(expected);
  });
});

describe('isGranted', () => {
  const grants: GrantSet = {
    files: new Set(['/home/analyst/picked.txt']),
    folders: ['/mnt/archive/news'],
  };

  it('allows a granted file by the name it was granted under', () => {
    expect(isGranted(grants, { path: '/home/analyst/picked.txt', realPath: undefined })).toBe(true);
  });

  it('refuses the granted file’s neighbour', () => {
    const request = { path: '/home/analyst/other.txt', realPath: '/home/analyst/other.txt' };
    expect(isGranted(grants, request)).toBe(false);
  });

  it('allows a path whose real path lies in a granted folder, whatever its name', () => {
    // The user opened ~/news, a link to the archive: its files resolve there.
    const request = { path: '/home/analyst/news/a.txt', realPath: '/mnt/archive/news/a.txt' };
    expect(isGranted(grants, request)).toBe(true);
  });

  it('refuses a path named inside a granted folder whose real path leads out of it', () => {
    const request = { path: '/mnt/archive/news/link/passwd', realPath: '/etc/passwd' };
    expect(isGranted(grants, request)).toBe(false);
  });

  it('refuses a path under a granted folder whose real path is unknown (a dangling link)', () => {
    const request = { path: '/mnt/archive/news/dangling.txt', realPath: undefined };
    expect(isGranted(grants, request)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { createLaunchPathQueue, parseLaunchPaths } from './launch-paths';

describe('parseLaunchPaths', () => {
  it('skips the executable and app folder, drops flags, resolves against the user folder', () => {
    const argv = ['/opt/electron', '.', '--no-sandbox', 'news/a.txt', '/abs/b.html'];
    expect(parseLaunchPaths(argv, { skip: 2, cwd: '/home/analyst' })).toEqual([
      '/home/analyst/news/a.txt',
      '/abs/b.html',
    ]);
  });

  it('keeps everything after a lone -- as a path, even a name starting with a dash', () => {
    expect(parseLaunchPaths(['--', '-odd-name.txt'], { skip: 0, cwd: '/w' })).toEqual([
      '/w/-odd-name.txt',
    ]);
  });
});

describe('createLaunchPathQueue', () => {
  it('hands the paths out once, so a page reload does not import them twice', () => {
    const queue = createLaunchPathQueue(['/a.txt']);
    expect(queue.take()).toEqual(['/a.txt']);
    expect(queue.take()).toEqual([]);
  });
});

/** Real paths on real temp folders: links followed, missing names carried, dangling refused. */
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveRealPath } from './resolve-real-path';

let dir: string;
beforeEach(async () => {
  // The temp folder may itself sit behind a link (macOS /var → /private/var).
  dir = await realpath(await mkdtemp(join(tmpdir(), 'sm-real-path-')));
  await mkdir(join(dir, 'news'));
  await writeFile(join(dir, 'news', 'a.txt'), 'x');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('resolveRealPath', () => {
  it('follows a link to a folder', async () => {
    await symlink(join(dir, 'news'), join(dir, 'alias'));
    expect(await resolveRealPath(join(dir, 'alias', 'a.txt'))).toBe(join(dir, 'news', 'a.txt'));
  });

  it('removes `..` before anything else', async () => {
    expect(await resolveRealPath(join(dir, 'news', '..', '..', 'x.txt'))).toBe(
      join(dir, '..', 'x.txt'),
    );
  });

  it('resolves a deleted file to its real folder plus its name, so it can still be watched', async () => {
    await symlink(join(dir, 'news'), join(dir, 'alias'));
    expect(await resolveRealPath(join(dir, 'alias', 'gone', 'b.txt'))).toBe(
      join(dir, 'news', 'gone', 'b.txt'),
    );
  });

  it('answers undefined for a dangling link: its target could appear anywhere later', async () => {
    await symlink(join(dir, 'elsewhere', 'secret.txt'), join(dir, 'news', 'dangling.txt'));
    expect(await resolveRealPath(join(dir, 'news', 'dangling.txt'))).toBeUndefined();
  });

  it('answers undefined for a link loop', async () => {
    await symlink(join(dir, 'news', 'loop'), join(dir, 'news', 'loop'));
    expect(await resolveRealPath(join(dir, 'news', 'loop', 'a.txt'))).toBeUndefined();
  });
});

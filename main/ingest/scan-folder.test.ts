import { chmod, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestFiles } from './ingest-file';
import { MAX_FOLDER_DEPTH, MAX_FOLDER_FILES } from './limits';
import { comparePaths, scanFolder } from './scan-folder';

const isRoot = process.getuid?.() === 0;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const ARTICLE =
  'Le corridor médian gagne en importance\n\nSelon le ministre, les échanges ont doublé.\n';

let dir: string;
let outside: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sm-scan-'));
  outside = await mkdtemp(join(tmpdir(), 'sm-scan-outside-'));
});
afterEach(async () => {
  for (const folder of [dir, outside]) {
    await chmod(join(folder, 'locked'), 0o700).catch(() => undefined);
    await rm(folder, { recursive: true, force: true });
  }
});

async function write(relative: string, content: string | Uint8Array = ARTICLE): Promise<string> {
  const path = join(dir, relative);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  return path;
}

const at = (...parts: string[]) => join(dir, ...parts);

describe('scanFolder', () => {
  it('lists supported files recursively in order, reports the rest, skips hidden entries silently', async () => {
    await write('good/corridor.txt');
    await write('good/nested/deeper/haber.md', '# Haber\n\nMetin.');
    await write('good/page.HTML', '<p>Page</p>');
    await write('good/notes.markdown');
    await write('bad/empty.txt', '');
    await write('bad/photo.txt', PNG);
    await write('bad/report.odt', 'PK');
    await write('bad/image.jpeg', 'x');
    await write('.hidden.txt');
    await write('.git/config.txt');
    await write('good/.DS_Store', 'x');
    await symlink(at('bad'), at('bad', 'loop'));

    const scan = await scanFolder(dir);
    expect(scan.root).toBe(dir);
    expect(scan.files).toEqual([
      at('bad', 'empty.txt'),
      at('bad', 'photo.txt'),
      at('good', 'corridor.txt'),
      at('good', 'nested', 'deeper', 'haber.md'),
      at('good', 'notes.markdown'),
      at('good', 'page.HTML'),
    ]);
    expect(scan.skipped.map((s) => [s.path, s.reason])).toEqual([
      [at('bad', 'image.jpeg'), 'unsupported-type'],
      [at('bad', 'loop'), 'symlink-loop'],
      [at('bad', 'report.odt'), 'unsupported-type'],
    ]);
    expect(scan.skipped[1]?.message).toMatch(/^"loop" was skipped: .*loop/);
  });

  it('leaves content checks to ingestion: empty, binary and oversized files fail there by name', async () => {
    await write('ok.txt');
    await write('empty.txt', '');
    await write('photo.txt', PNG);
    const huge = await write('huge.txt', '');
    await truncate(huge, 20 * 1024 * 1024 + 1);
    const batch = await ingestFiles((await scanFolder(dir)).files);
    expect(batch.articles.map((a) => a.sourceName)).toEqual(['ok.txt']);
    expect(batch.failures.map((f) => f.message)).toEqual([
      '"empty.txt" is empty.',
      '"huge.txt" is too large to import: 20.1 MB (limit 20 MB).',
      '"photo.txt" is not text: it looks like a PNG image.',
    ]);
  });

  it('reports links that loop back to an ancestor, to the root, or to themselves', async () => {
    await write('a/b/article.txt');
    await symlink(dir, at('a', 'b', 'to-root'));
    await symlink(at('a'), at('a', 'b', 'to-a'));
    await symlink(at('self'), at('self'));
    const scan = await scanFolder(dir);
    expect(scan.files).toEqual([at('a', 'b', 'article.txt')]);
    expect(scan.skipped.map((s) => [s.path, s.reason])).toEqual([
      [at('a', 'b', 'to-a'), 'symlink-loop'],
      [at('a', 'b', 'to-root'), 'symlink-loop'],
      [at('self'), 'symlink-loop'],
    ]);
  });

  it('follows links to folders outside the root once, and lists files inside it under their real path', async () => {
    await writeFile(join(outside, 'outside.txt'), ARTICLE);
    await write('real/inside.txt');
    await symlink(outside, at('link-1'));
    await symlink(outside, at('link-2'));
    await symlink(at('real'), at('alias'));
    const scan = await scanFolder(dir);
    expect(scan.files).toEqual([at('link-1', 'outside.txt'), at('real', 'inside.txt')]);
    expect(scan.skipped).toEqual([]);
  });

  it('reports a broken link as unreadable', async () => {
    await symlink(at('gone.txt'), at('dangling.txt'));
    const scan = await scanFolder(dir);
    expect(scan.skipped).toEqual([
      {
        path: at('dangling.txt'),
        reason: 'unreadable',
        message: expect.stringMatching(/^"dangling\.txt" could not be read: .*link/),
      },
    ]);
  });

  // As root, a 000 folder stays readable, so the refusal cannot be produced.
  it.skipIf(isRoot)('reports an unreadable subfolder and goes on', async () => {
    await write('locked/secret.txt');
    await write('open.txt');
    await chmod(at('locked'), 0o000);
    const scan = await scanFolder(dir);
    expect(scan.files).toEqual([at('open.txt')]);
    expect(scan.skipped).toMatchObject([
      { path: at('locked'), reason: 'unreadable', message: /permission denied/ },
    ]);
  });

  it('answers a missing root or a file as root with a skipped entry, not an exception', async () => {
    const file = await write('article.txt');
    expect(await scanFolder(at('missing'))).toEqual({
      root: at('missing'),
      files: [],
      skipped: [
        {
          path: at('missing'),
          reason: 'unreadable',
          message: expect.stringMatching(/does not exist/),
        },
      ],
    });
    expect(await scanFolder(file)).toMatchObject({
      files: [],
      skipped: [{ path: file, reason: 'not-a-file' }],
    });
  });

  it(`does not descend more than ${MAX_FOLDER_DEPTH} folders deep`, async () => {
    const levels = Array.from({ length: MAX_FOLDER_DEPTH + 1 }, (_, i) => `d${i + 1}`);
    await write(join(...levels.slice(0, MAX_FOLDER_DEPTH), 'deepest-allowed.txt'));
    await write(join(...levels, 'too-deep.txt'));
    const scan = await scanFolder(dir);
    expect(scan.files).toEqual([at(...levels.slice(0, MAX_FOLDER_DEPTH), 'deepest-allowed.txt')]);
    expect(scan.skipped).toMatchObject([
      { path: at(...levels), reason: 'too-many-files', message: /nested more than 32/ },
    ]);
  });

  it('lists 3000 files quickly, sorted', async () => {
    const names = Array.from(
      { length: 3000 },
      (_, i) => `article-${String(2999 - i).padStart(4, '0')}.txt`,
    );
    await Promise.all(names.map((name) => writeFile(at(name), 'x')));
    const started = performance.now();
    const scan = await scanFolder(dir);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(scan.files).toHaveLength(3000);
    expect(scan.files[0]).toBe(at('article-0000.txt'));
    expect(scan.files).toEqual([...scan.files].sort());
  });

  it(`lists at most ${MAX_FOLDER_FILES} files and counts the rest in one entry`, async () => {
    const total = MAX_FOLDER_FILES + 3;
    await mkdir(at('many'));
    const names = Array.from({ length: total }, (_, i) => `f${String(i).padStart(6, '0')}.txt`);
    for (let i = 0; i < names.length; i += 500) {
      await Promise.all(names.slice(i, i + 500).map((name) => writeFile(at('many', name), '')));
    }
    const scan = await scanFolder(dir);
    expect(scan.files).toHaveLength(MAX_FOLDER_FILES);
    expect(scan.files.at(-1)).toBe(at('many', names[MAX_FOLDER_FILES - 1]!));
    expect(scan.skipped).toEqual([
      {
        path: dir,
        reason: 'too-many-files',
        message: expect.stringMatching(/^3 more files in ".*" were not listed/),
      },
    ]);
  }, 60_000);
});

describe('comparePaths', () => {
  it('orders folder by folder by code unit, whatever the locale', () => {
    const paths = [`a-b.txt`, `a${sep}z.txt`, `B.txt`, `a${sep}b${sep}c.txt`, `é.txt`, `a.txt`];
    expect([...paths].sort(comparePaths)).toEqual([
      'B.txt',
      `a${sep}b${sep}c.txt`,
      `a${sep}z.txt`,
      'a-b.txt',
      'a.txt',
      'é.txt',
    ]);
  });
});

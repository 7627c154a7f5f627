/** The source watcher on real temp files: every way a file changes or goes away. */
import { mkdir, mkdtemp, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WatchedSource } from '../../../preload/api';
import { ingestFile } from '../ingest-file';
import { createSourceWatcher, isEmptyChanges, type SourceWatcher } from './source-watcher';

const FIRST =
  'Le corridor médian gagne en importance.\n\nSelon le ministre, les échanges ont doublé.\n';
const SECOND = 'Le corridor médian gagne en importance.\n\nLes échanges ont triplé.\n';

let dir: string;
let watcher: SourceWatcher;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sm-watch-'));
  watcher = createSourceWatcher({ settleMs: 5 });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Writes `name` and answers it as the library would register it after importing it. */
async function imported(name: string, content = FIRST): Promise<WatchedSource> {
  const path = join(dir, name);
  await writeFile(path, content);
  const outcome = await ingestFile(path);
  if (outcome.kind !== 'article') throw new Error(outcome.failure.message);
  const { sizeBytes, modifiedAtMs, textSha256 } = outcome.article;
  return { path, sizeBytes, modifiedAtMs, textSha256 };
}

/** Moves the file's modification time, as a save does even on a fast disk. */
async function age(path: string, seconds: number): Promise<void> {
  const when = new Date(Date.now() + seconds * 1000);
  await utimes(path, when, when);
}

describe('createSourceWatcher', () => {
  it('reports nothing for files as the library knows them', async () => {
    watcher.watch([await imported('a.txt')]);
    expect(isEmptyChanges(await watcher.check())).toBe(true);
  });

  it('reads a changed file again and reports it once', async () => {
    const source = await imported('a.txt');
    watcher.watch([source]);
    await writeFile(source.path, SECOND);

    const changes = await watcher.check();
    expect(changes.changed.map((article) => article.text)).toEqual([SECOND]);
    expect(changes.changed[0]?.sourcePath).toBe(source.path);
    expect(isEmptyChanges(await watcher.check())).toBe(true);
  });

  it('says nothing of a touch or a save that leaves the text as it was', async () => {
    const source = await imported('a.txt');
    watcher.watch([source]);
    await age(source.path, 60);
    expect(isEmptyChanges(await watcher.check())).toBe(true);
    // CRLF line endings normalise to the same text: still the same article.
    await writeFile(source.path, FIRST.replaceAll('\n', '\r\n'));
    expect(isEmptyChanges(await watcher.check())).toBe(true);
  });

  it('sees a save by rename (write a temporary file, rename it over the original)', async () => {
    const source = await imported('a.txt');
    watcher.watch([source]);
    const temporary = join(dir, '.a.txt.swp');
    await writeFile(temporary, SECOND);
    await rename(temporary, source.path);

    const changes = await watcher.check();
    expect(changes.changed.map((article) => article.sourcePath)).toEqual([source.path]);
    expect(changes.missing).toEqual([]);
  });

  it('reports a deleted file as missing once, and its return with the same text', async () => {
    const source = await imported('a.txt');
    watcher.watch([source]);
    await rm(source.path);
    expect(await watcher.check()).toMatchObject({ missing: [source.path], changed: [] });
    expect(isEmptyChanges(await watcher.check())).toBe(true);

    await writeFile(source.path, FIRST);
    expect(await watcher.check()).toMatchObject({ restored: [source.path], changed: [] });
  });

  it('reports a file replaced by a folder as missing', async () => {
    const source = await imported('a.txt');
    watcher.watch([source]);
    await rm(source.path);
    await mkdir(source.path);
    expect(await watcher.check()).toMatchObject({ missing: [source.path], changed: [] });
  });

  it('reports a file whose folder became a file as missing', async () => {
    await mkdir(join(dir, 'sub'));
    const source = await imported(join('sub', 'a.txt'));
    watcher.watch([source]);
    await rm(join(dir, 'sub'), { recursive: true });
    await writeFile(join(dir, 'sub'), 'now a file');
    expect(await watcher.check()).toMatchObject({ missing: [source.path] });
  });

  it('reports a change that cannot be read once, and the article keeps its text', async () => {
    const source = await imported('a.txt');
    watcher.watch([source]);
    await writeFile(source.path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
    const changes = await watcher.check();
    expect(changes.failed.map((failure) => failure.reason)).toEqual(['binary']);
    expect(changes.changed).toEqual([]);
    expect(isEmptyChanges(await watcher.check())).toBe(true);
  });

  it('takes a source known as missing without reporting it again', async () => {
    const source = await imported('a.txt');
    await rm(source.path);
    watcher.watch([{ ...source, isMissing: true }]);
    expect(isEmptyChanges(await watcher.check())).toBe(true);
  });

  it('keeps what it reported when the same registration comes again, starts afresh on older values', async () => {
    const source = await imported('a.txt');
    watcher.watch([source]);
    await writeFile(source.path, SECOND);
    expect((await watcher.check()).changed).toHaveLength(1);

    watcher.watch([source]);
    expect(isEmptyChanges(await watcher.check())).toBe(true);
    // The library could not apply the change and registers its older values: reported again.
    watcher.watch([{ ...source, modifiedAtMs: source.modifiedAtMs - 1 }]);
    expect((await watcher.check()).changed).toHaveLength(1);
  });

  it('reads a bounded number of changed files per check and says more are waiting', async () => {
    const sources = await Promise.all(['a', 'b', 'c'].map((name) => imported(`${name}.txt`)));
    watcher = createSourceWatcher({ settleMs: 5, maxChangedPerCheck: 2 });
    watcher.watch(sources);
    for (const [index, source] of sources.entries())
      await writeFile(source.path, `${SECOND}Version ${index}.\n`);

    const first = await watcher.check();
    expect(first.changed).toHaveLength(2);
    expect(first.hasMore).toBe(true);
    const second = await watcher.check();
    expect(second.changed).toHaveLength(1);
    expect(second.hasMore).toBe(false);
  });

  it('leaves a file that is still being written for the next check', async () => {
    const source = await imported('a.txt');
    let looks = 0;
    watcher = createSourceWatcher({
      settleMs: 1,
      // The second look of the first check sees the file grown again.
      look: async () => ({
        kind: 'file',
        sizeBytes: 100 + (looks++ === 1 ? 1 : 0),
        modifiedAtMs: 5,
      }),
      ingest: (path) => ingestFile(path),
    });
    watcher.watch([source]);
    expect(isEmptyChanges(await watcher.check())).toBe(true);
    await writeFile(source.path, SECOND);
    expect((await watcher.check()).changed).toHaveLength(1);
  });

  it('stats thousands of files without reading any that did not move', async () => {
    const source = await imported('a.txt');
    let reads = 0;
    watcher = createSourceWatcher({
      settleMs: 1,
      ingest: async (path) => (reads++, ingestFile(path)),
    });
    const many = Array.from({ length: 2000 }, (_, index) => ({
      ...source,
      path: index === 0 ? source.path : join(dir, `absent-${index}.txt`),
      isMissing: index !== 0,
    }));
    expect(watcher.watch(many)).toBe(2000);
    expect(isEmptyChanges(await watcher.check())).toBe(true);
    expect(reads).toBe(0);
  });
});

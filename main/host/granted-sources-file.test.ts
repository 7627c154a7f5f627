/** The remembered sources on disk: what a restart reads back, even after a crash mid-write. */
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGrantedSourcesFile } from './granted-sources-file';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sm-granted-file-'));
  file = join(dir, 'config', 'granted-sources.jsonl');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('createGrantedSourcesFile', () => {
  it('remembers nothing before the first import', async () => {
    expect(await createGrantedSourcesFile(file).load()).toEqual([]);
  });

  it('reads back what was appended, a path with a newline included', async () => {
    const sources = createGrantedSourcesFile(file);
    await sources.append(['/news/a.txt', '/news/odd\nname.txt']);
    await sources.append(['/news/b.txt']);
    expect(await createGrantedSourcesFile(file).load()).toEqual([
      '/news/a.txt',
      '/news/odd\nname.txt',
      '/news/b.txt',
    ]);
  });

  it('keeps every whole line after a write cut short, and skips what is not a path', async () => {
    const sources = createGrantedSourcesFile(file);
    await sources.append(['/news/a.txt']);
    await appendFile(file, '\n"/news/cut-sh'); // a crash in the middle of a line
    await appendFile(file, '\n"relative.txt"\n42');
    await sources.append(['/news/b.txt']);
    expect(await sources.load()).toEqual(['/news/a.txt', '/news/b.txt']);
  });
});

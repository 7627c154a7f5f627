import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newReadAhead } from '../ingest/ingest-file';
import { ingestGrantedFiles } from './granted-reads';
import { createPathGrantStore } from './path-grant-store';

let root: string;
beforeEach(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), 'sm-granted-reads-')));
  await mkdir(join(root, 'opened'));
  await mkdir(join(root, 'outside'));
  for (const path of ['opened/a.txt', 'opened/b.txt', 'outside/secret.txt'])
    await writeFile(join(root, path), `Dépêche\n\nLe texte de ${path}.`);
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('ingestGrantedFiles with the next chunk', () => {
  it('reads ahead only the files the user opened', async () => {
    const grants = createPathGrantStore();
    await grants.grantFolder(join(root, 'opened'));
    const readAhead = newReadAhead();
    const started: (readonly string[])[] = [];
    const start = readAhead.start.bind(readAhead);
    readAhead.start = (paths) => {
      started.push(paths);
      start(paths);
    };
    const upcoming = [join(root, 'opened', 'b.txt'), join(root, 'outside', 'secret.txt')];
    const batch = await ingestGrantedFiles(grants, [join(root, 'opened', 'a.txt')], [], {
      upcoming,
      readAhead,
    });
    expect(batch.articles.map((article) => article.sourcePath)).toEqual([
      join(root, 'opened', 'a.txt'),
    ]);
    expect(started).toEqual([[join(root, 'opened', 'b.txt')]]);
    // The next call still refuses the file outside, whatever was named as upcoming.
    const next = await ingestGrantedFiles(grants, upcoming, [], { upcoming: [], readAhead });
    expect(next.articles.map((article) => article.sourcePath)).toEqual([upcoming[0]]);
    expect(next.failures.map((failure) => failure.reason)).toEqual(['not-opened']);
  });
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestOutcome } from './ingest-bytes';
import { ingestFile } from './ingest-file';
import { ReadAhead } from './read-ahead';

let dir: string;
let reads: string[];
let lastRead: Promise<IngestOutcome> | undefined;

/** `ingestFile`, counting what it reads. */
const countingIngest = (path: string) => {
  reads.push(path);
  lastRead = ingestFile(path);
  return lastRead;
};

const textOf = (outcome: IngestOutcome | undefined) =>
  outcome?.kind === 'article' ? outcome.article.text : outcome?.kind;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sm-read-ahead-'));
  reads = [];
  for (const name of ['a', 'b', 'c'])
    await writeFile(join(dir, `${name}.txt`), `Dépêche ${name}\n\nLe texte de la dépêche ${name}.`);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('ReadAhead', () => {
  it('answers a chunk read ahead without reading its files again', async () => {
    const paths = ['a', 'b'].map((name) => join(dir, `${name}.txt`));
    const ahead = new ReadAhead(countingIngest, 2);
    ahead.start(paths);
    const outcomes = await ahead.take(paths);
    expect(reads).toEqual(paths);
    expect(outcomes).toEqual(await Promise.all(paths.map(ingestFile)));
  });

  it('reads again a file whose size changed since it was read ahead', async () => {
    const path = join(dir, 'a.txt');
    const ahead = new ReadAhead(countingIngest, 2);
    ahead.start([path]);
    await lastRead;
    await writeFile(path, 'Dépêche a\n\nLe texte corrigé, plus long, de la dépêche a.');
    const [outcome] = await ahead.take([path]);
    expect(textOf(outcome)).toContain('Le texte corrigé');
    expect(reads).toEqual([path, path]);
  });

  it('reads now what was not read ahead, and holds a chunk only until it is asked for', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map((name) => join(dir, `${name}.txt`));
    const ahead = new ReadAhead(countingIngest, 2);
    ahead.start([a!, b!]);
    const outcomes = await ahead.take([b!, c!]);
    expect(outcomes.map(textOf)).toEqual([
      expect.stringContaining('dépêche b'),
      expect.stringContaining('dépêche c'),
    ]);
    await ahead.take([a!]);
    // a was read ahead, then let go by the first take: read again; b was taken from the chunk.
    expect(reads).toEqual([a, b, c, a]);
  });
});

/** The source channels through `dispatchHostCall`: validation, then the watcher behind them. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SourceChanges } from '../../preload/api';
import { ingestFile } from '../ingest/ingest-file';
import { createSourceWatcher } from '../ingest/watch/source-watcher';
import { createHandlerTable, dispatchHostCall, type HandlerTable } from './handlers';

let dir: string;
let table: HandlerTable;
const HASH = '0'.repeat(64);
const source = { path: '/news/a.txt', sizeBytes: 1, modifiedAtMs: 1, textSha256: HASH };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sm-sources-'));
  table = createHandlerTable(
    {
      shell: 'browser',
      version: '0',
      samplesDir: join(dir, 'samples'),
      takeLaunchPaths: () => [],
      pickFiles: async () => undefined,
      pickFolder: async () => dir,
    },
    { sources: createSourceWatcher({ settleMs: 1 }) },
  );
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('sm:sources:watch and sm:sources:check', () => {
  it.each([
    ['a relative path', [[{ ...source, path: 'a.txt' }]], /absolute/],
    ['an upload name', [[{ ...source, path: 'dropped:a.txt' }]], /absolute/],
    ['a hash that is not SHA-256 hex', [[{ ...source, textSha256: 'abc' }]], /SHA-256/],
    ['a negative size', [[{ ...source, sizeBytes: -1 }]], /argument 0/],
    ['unknown keys', [[{ ...source, articleId: 'x' }]], /Refused/],
    ['too many sources', [Array.from({ length: 20_001 }, () => source)], /argument 0/],
  ])('refuses %s', async (_what, args, message) => {
    const answer = await dispatchHostCall(table, 'sm:sources:watch', args);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    if (!answer.ok) expect(answer.error.message).toMatch(message);
  });

  it('registers sources and answers what changed on the next check', async () => {
    const path = join(dir, 'a.txt');
    await writeFile(path, 'Premier texte de la dépêche.\n');
    const outcome = await ingestFile(path);
    if (outcome.kind !== 'article') throw new Error('not ingested');
    const { sizeBytes, modifiedAtMs, textSha256 } = outcome.article;

    await dispatchHostCall(table, 'sm:dialog:pickFolder', []); // the user opens the folder
    const registered = await dispatchHostCall(table, 'sm:sources:watch', [
      [{ path, sizeBytes, modifiedAtMs, textSha256 }],
    ]);
    expect(registered).toEqual({ ok: true, value: { watched: 1, refused: [] } });
    await writeFile(path, 'Second texte de la dépêche, plus long.\n');

    const answer = await dispatchHostCall(table, 'sm:sources:check', []);
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const changes = answer.value as SourceChanges;
    expect(changes.changed.map((article) => article.text)).toEqual([
      'Second texte de la dépêche, plus long.\n',
    ]);
  });
});

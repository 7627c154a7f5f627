/** The handler table behind both transports: payload validation and error shaping. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestedArticle } from '../../preload/api';
import { createHandlerTable, dispatchHostCall, type HandlerTable } from './handlers';

let dir: string;
let samplesDir: string;
let table: HandlerTable;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sm-handlers-'));
  samplesDir = await mkdtemp(join(tmpdir(), 'sm-samples-'));
  table = createHandlerTable({
    shell: 'browser',
    version: '1.2.3',
    samplesDir,
    takeLaunchPaths: () => [],
    pickFiles: async () => undefined,
    pickFolder: async () => dir,
  });
  // The user opens the test folder: its files may be read (see path-grant-handlers.test.ts).
  await dispatchHostCall(table, 'sm:dialog:pickFolder', []);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(samplesDir, { recursive: true, force: true });
});

describe('dispatchHostCall', () => {
  it('runs a valid call and answers its value', async () => {
    const file = join(dir, 'article.txt');
    await writeFile(
      file,
      'Bakou, 11 mars, AZERTAC\nLe ministre s’est entretenu avec son homologue.\n',
    );
    const answer = await dispatchHostCall(table, 'sm:library:ingestFiles', [[file]]);
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const batch = answer.value as { articles: { sourcePath: string }[] };
    expect(batch.articles.map((a) => a.sourcePath)).toEqual([file]);
  });

  it("takes the library's pages of the folder into its site chrome", async () => {
    const file = join(dir, 'new.txt');
    const footer =
      'Our weekly podcast returns on Friday with interviews from Baku, Astana and Tbilisi.';
    const story =
      'Freight volumes on the Middle Corridor doubled in two years, the transport ministry said.';
    await writeFile(file, `A headline about the region\n\n${story} ${story}\n${footer}\n`);
    const body = async (stored?: unknown) => {
      const answer = await dispatchHostCall(table, 'sm:library:ingestFiles', [[file], stored]);
      if (!answer.ok) throw new Error(answer.error.message);
      const [article] = (answer.value as { articles: IngestedArticle[] }).articles;
      return article!.bodyRanges.map((r) => article!.text.slice(r.start, r.end)).join('\n');
    };
    expect(await body()).toContain(footer);
    const earlier = { pages: 2, lines: [{ line: footer, pages: 2 }] };
    expect(await body([{ folder: dir, ...earlier }])).not.toContain(footer);
    // Pages of another folder say nothing about this one.
    expect(await body([{ folder: join(dir, 'elsewhere'), ...earlier }])).toContain(footer);
  });

  it.each([
    ['an unknown channel', 'sm:fs:readAnything', [], /Unknown host call/],
    ['a prototype key as channel', '__proto__', [], /Unknown host call/],
    ['a relative path', 'sm:library:ingestFiles', [['../etc/passwd']], /absolute/],
    ['a path with NUL', 'sm:library:ingestFiles', [['/tmp/a\0b']], /NUL/],
    ['a string instead of a list', 'sm:library:ingestFiles', ['/tmp/a.txt'], /argument 0/],
    ['a relative path to read ahead', 'sm:library:ingestFiles', [[], [], ['a.txt']], /argument 2/],
    ['extra arguments', 'sm:app:info', ['surprise'], /Refused/],
    ['arguments that are not a list', 'sm:library:scanFolder', { root: '/' }, /Refused/],
    [
      'too many paths in one call',
      'sm:library:ingestFiles',
      [Array.from({ length: 501 }, (_, i) => `/t/${i}.txt`)],
      /argument 0/,
    ],
    [
      'stored pages with an over-long line',
      'sm:library:ingestFiles',
      [['/t/a.txt'], [{ folder: '/t', pages: 1, lines: [{ line: 'x'.repeat(401), pages: 1 }] }]],
      /argument 1/,
    ],
    [
      'stored pages with unknown keys',
      'sm:library:ingestFiles',
      [['/t/a.txt'], [{ folder: '/t', pages: 0, lines: [], texts: ['x'] }]],
      /Refused/,
    ],
    [
      'a stored line on more pages than the folder holds',
      'sm:library:ingestFiles',
      [['/t/a.txt'], [{ folder: '/t', pages: 1, lines: [{ line: 'Menu', pages: 9 }] }]],
      /more pages than the folder holds/,
    ],
    [
      'an upload name with a separator',
      'sm:library:ingestUploads',
      [[{ name: '../x.txt', base64: '' }]],
      /separator/,
    ],
    [
      'an upload that is not base64',
      'sm:library:ingestUploads',
      [[{ name: 'x.txt', base64: '<script>' }]],
      /base64/,
    ],
    [
      'an upload with unknown keys',
      'sm:library:ingestUploads',
      [[{ name: 'x.txt', base64: '', path: '/etc' }]],
      /Refused/,
    ],
  ])(
    'refuses %s with a clear message, before any handler runs',
    async (_what, channel, args, message) => {
      const answer = await dispatchHostCall(table, channel, args);
      expect(answer.ok).toBe(false);
      if (answer.ok) return;
      expect(answer.error.code).toBe('invalid-payload');
      expect(answer.error.message).toMatch(message);
    },
  );

  it('reports a missing native dialog as dialog-unavailable, not as a crash', async () => {
    const answer = await dispatchHostCall(table, 'sm:dialog:pickFiles', []);
    expect(answer).toMatchObject({ ok: false, error: { code: 'dialog-unavailable' } });
  });

  it('answers a handler crash as an internal error value instead of throwing', async () => {
    const broken = {
      ...table,
      'sm:app:info': async () => Promise.reject(new Error('disk on fire')),
    };
    const answer = await dispatchHostCall(broken, 'sm:app:info', []);
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringMatching(/disk on fire/) },
    });
  });

  it('lists the bundled samples by absolute path', async () => {
    await writeFile(join(samplesDir, 'b.txt'), 'x');
    await writeFile(join(samplesDir, 'a.md'), 'x');
    await writeFile(join(samplesDir, 'notes.odt'), 'x');
    const answer = await dispatchHostCall(table, 'sm:library:samplePaths', []);
    expect(answer).toEqual({
      ok: true,
      value: [join(samplesDir, 'a.md'), join(samplesDir, 'b.txt')],
    });
  });

  it('ingests an upload by content, recording the dropped name', async () => {
    const base64 = Buffer.from('Une dépêche de l’agence.\nDeuxième paragraphe.').toString('base64');
    const answer = await dispatchHostCall(table, 'sm:library:ingestUploads', [
      [{ name: 'depeche.txt', base64 }],
    ]);
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const batch = answer.value as { articles: { sourcePath: string; text: string }[] };
    expect(batch.articles[0]).toMatchObject({
      sourcePath: 'dropped:depeche.txt',
      text: 'Une dépêche de l’agence.\nDeuxième paragraphe.',
    });
  });
});

describe('sm:library:revealFile', () => {
  it('answers where an opened file is (browser mode), and shows it where a file manager is', async () => {
    const file = join(dir, 'article.txt');
    await writeFile(file, 'Un article.');
    expect(await dispatchHostCall(table, 'sm:library:revealFile', [file])).toEqual({
      ok: true,
      value: { path: file, isShown: false },
    });

    const shown: string[] = [];
    const desktop = createHandlerTable({
      shell: 'electron',
      version: '1.2.3',
      samplesDir,
      takeLaunchPaths: () => [],
      pickFiles: async () => [file],
      pickFolder: async () => null,
      showItemInFolder: (path) => shown.push(path),
    });
    await dispatchHostCall(desktop, 'sm:dialog:pickFiles', []);
    expect(await dispatchHostCall(desktop, 'sm:library:revealFile', [file])).toEqual({
      ok: true,
      value: { path: file, isShown: true },
    });
    expect(shown).toEqual([file]);
  });

  it('refuses a path never opened, a file gone, and a relative path, showing nothing', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'sm-outside-'));
    try {
      await writeFile(join(outside, 'secret.txt'), 'x');
      const refused = await dispatchHostCall(table, 'sm:library:revealFile', [
        join(outside, 'secret.txt'),
      ]);
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload', message: expect.stringMatching(/not a file opened/) },
      });
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
    expect(
      await dispatchHostCall(table, 'sm:library:revealFile', [join(dir, 'gone.txt')]),
    ).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no longer on disk/) } });
    expect(await dispatchHostCall(table, 'sm:library:revealFile', ['article.txt'])).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
  });
});

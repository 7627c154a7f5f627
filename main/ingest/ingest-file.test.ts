import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestFile, ingestFiles } from './ingest-file';
import type { IngestOutcome } from './ingest-bytes';

const FRENCH =
  'Le corridor médian gagne en importance\n\nSelon le ministre, les échanges entre les deux rives de la Caspienne ont doublé en deux ans. « C’est un tournant », a-t-il déclaré à la presse.\n';
const TURKISH =
  'Bakü ile Astana arasında stratejik ortaklık güçleniyor\n\nDışişleri bakanları İstanbul’da görüştü. Görüşmede iki ülkenin işbirliği ele alındı ve ŞUBAT ayında Ağrı için yeni anlaşmalar imzalandı.\n';
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const isRoot = process.getuid?.() === 0;
const samplesDir = fileURLToPath(new URL('../../resources/samples/', import.meta.url));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sm-ingest-file-'));
});
afterEach(async () => {
  await chmod(dir, 0o700).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

function article(outcome: IngestOutcome) {
  if (outcome.kind !== 'article')
    throw new Error(`expected an article, got: ${outcome.failure.message}`);
  return outcome.article;
}

describe('ingestFile: encodings on disk', () => {
  it.each([
    ['UTF-8 without BOM', Buffer.from(FRENCH), 'UTF-8', FRENCH],
    [
      'UTF-8 with BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH)]),
      'UTF-8',
      FRENCH,
    ],
    ['UTF-16LE with BOM', iconv.encode(TURKISH, 'utf-16le', { addBOM: true }), 'UTF-16LE', TURKISH],
    ['UTF-16BE with BOM', iconv.encode(TURKISH, 'utf-16be', { addBOM: true }), 'UTF-16BE', TURKISH],
    ['windows-1252 French', iconv.encode(FRENCH, 'windows-1252'), 'windows-1252', FRENCH],
    ['windows-1254 Turkish', iconv.encode(TURKISH, 'windows-1254'), 'windows-1254', TURKISH],
    [
      'ISO-8859-9 Turkish',
      iconv.encode(TURKISH.replaceAll('’', "'"), 'ISO-8859-9'),
      'windows-1254',
      TURKISH.replaceAll('’', "'"),
    ],
  ])('reads %s', async (_what, bytes, encoding, text) => {
    const path = await write('article.txt', bytes);
    const result = article(await ingestFile(path));
    expect(result).toMatchObject({
      encoding,
      text,
      sizeBytes: bytes.length,
      sourcePath: path,
      sourceName: 'article.txt',
    });
    expect(result.text).not.toContain('\ufeff');
  });

  it('titles and tags a legacy Turkish file in Turkish', async () => {
    const path = await write('haber-1254.txt', iconv.encode(TURKISH, 'windows-1254'));
    expect(article(await ingestFile(path))).toMatchObject({
      title: 'Bakü ile Astana arasında stratejik ortaklık güçleniyor',
      language: 'tr',
    });
  });
});

describe('ingestFile: normalisation and duplicates', () => {
  it('stores NFC with LF, keeps emoji and combining marks, and original as decoded', async () => {
    const source = 'Le ministre a de\u0301clare\u0301 :\r\n« 🇦🇿 👍🏽 q\u0307\u0323 »\rFin.';
    const path = await write('nfc.txt', source);
    const result = article(await ingestFile(path));
    // NFC also puts combining marks in canonical order: dot below (220) before dot above (230).
    expect(result.text).toBe('Le ministre a déclaré :\n« 🇦🇿 👍🏽 q\u0323\u0307 »\nFin.');
    expect(result.original).toBe(source);
  });

  it('gives CRLF, LF and BOM copies of an article the same text hash', async () => {
    const lf = await write('lf.txt', FRENCH);
    const crlf = await write('crlf.txt', FRENCH.replaceAll('\n', '\r\n'));
    const bom = await write('bom.txt', `\ufeff${FRENCH}`);
    const legacy = await write(
      'legacy.txt',
      iconv.encode(FRENCH.replaceAll('\n', '\r\n'), 'windows-1252'),
    );
    const { articles } = await ingestFiles([lf, crlf, bom, legacy]);
    const hashes = new Set(articles.map((a) => a.textSha256));
    expect(articles).toHaveLength(4);
    expect(hashes).toEqual(new Set([createHash('sha256').update(FRENCH, 'utf8').digest('hex')]));
  });
});

describe('ingestFile: refusals', () => {
  it('refuses an empty file and a whitespace-only file as empty', async () => {
    const empty = await write('empty.txt', '');
    const blank = await write('blank.txt', '  \r\n\t \n');
    expect(await ingestFile(empty)).toMatchObject({
      kind: 'failure',
      failure: { reason: 'empty', path: empty },
    });
    expect(await ingestFile(blank)).toMatchObject({
      kind: 'failure',
      failure: {
        reason: 'empty',
        message: expect.stringMatching(/"blank\.txt" is empty: it has only whitespace/),
      },
    });
  });

  it('refuses a PNG renamed .txt, naming the kind', async () => {
    const path = await write('photo.txt', Buffer.concat([PNG, Buffer.alloc(64, 1)]));
    expect(await ingestFile(path)).toEqual({
      kind: 'failure',
      failure: {
        path,
        reason: 'binary',
        message: '"photo.txt" is not text: it looks like a PNG image.',
      },
    });
  });

  it('refuses random binary', async () => {
    const path = await write('noise.txt', randomBytes(16 * 1024));
    expect(await ingestFile(path)).toMatchObject({
      kind: 'failure',
      failure: { reason: 'binary' },
    });
  });

  it('refuses a file over 20 MB, stating the limit', async () => {
    const path = await write('huge.txt', '');
    await truncate(path, 20 * 1024 * 1024 + 1);
    expect(await ingestFile(path)).toEqual({
      kind: 'failure',
      failure: {
        path,
        reason: 'too-large',
        message: '"huge.txt" is too large to import: 20.1 MB (limit 20 MB).',
      },
    });
  });

  it('refuses a 64 GiB sparse file at once, which proves it is never read', async () => {
    const path = await write('enormous.txt', '');
    await truncate(path, 64 * 1024 ** 3);
    const started = performance.now();
    const outcome = await ingestFile(path);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(outcome).toMatchObject({
      kind: 'failure',
      failure: { reason: 'too-large', message: /65536 MB/ },
    });
  });

  it('refuses an unsupported extension without reading the content', async () => {
    const path = await write('report.odt', 'plain text in disguise');
    expect(await ingestFile(path)).toMatchObject({
      kind: 'failure',
      failure: { reason: 'unsupported-type' },
    });
  });

  it('reports a missing file as unreadable with the OS reason', async () => {
    const path = join(dir, 'missing.txt');
    expect(await ingestFile(path)).toEqual({
      kind: 'failure',
      failure: {
        path,
        reason: 'unreadable',
        message: '"missing.txt" could not be read: it does not exist (ENOENT).',
      },
    });
  });

  // As root (CI containers), chmod 000 does not stop reading, so there is nothing to test.
  it.skipIf(isRoot)('reports a file without read permission as unreadable', async () => {
    const path = await write('secret.txt', FRENCH);
    await chmod(path, 0o000);
    expect(await ingestFile(path)).toMatchObject({
      kind: 'failure',
      failure: {
        reason: 'unreadable',
        message: expect.stringMatching(/permission denied \(EACCES\)/),
      },
    });
  });

  it('refuses a folder passed as a file', async () => {
    const path = join(dir, 'folder.txt');
    await mkdir(path);
    expect(await ingestFile(path)).toEqual({
      kind: 'failure',
      failure: {
        path,
        reason: 'not-a-file',
        message: '"folder.txt" is not a file: it is a folder.',
      },
    });
  });

  it('refuses a named pipe without blocking on it', async (context) => {
    const path = join(dir, 'pipe.txt');
    try {
      execFileSync('mkfifo', [path]);
    } catch {
      context.skip();
    }
    expect(await ingestFile(path)).toMatchObject({
      kind: 'failure',
      failure: { reason: 'not-a-file', message: /named pipe/ },
    });
  });

  it('reports a link to itself as a symlink loop', async () => {
    const path = join(dir, 'self.txt');
    await symlink(path, path);
    expect(await ingestFile(path)).toMatchObject({
      kind: 'failure',
      failure: { reason: 'symlink-loop', path },
    });
  });

  it('follows a link to a file', async () => {
    const target = await write('target.txt', FRENCH);
    const link = join(dir, 'link.txt');
    await symlink(target, link);
    expect(article(await ingestFile(link))).toMatchObject({ sourcePath: link, text: FRENCH });
  });
});

describe('ingestFiles', () => {
  it('sorts outcomes into articles and failures, each in the order given', async () => {
    const a = await write('a.txt', FRENCH);
    const bad = await write('bad.txt', '');
    const b = await write('b.md', `# ${TURKISH}`);
    const missing = join(dir, 'missing.txt');
    const batch = await ingestFiles([b, bad, a, missing]);
    expect(batch.articles.map((x) => x.sourcePath)).toEqual([b, a]);
    expect(batch.failures.map((x) => [x.path, x.reason])).toEqual([
      [bad, 'empty'],
      [missing, 'unreadable'],
    ]);
  });

  it('ingests the bundled samples with their titles, French, and stable hashes', async () => {
    const names = ['000_3dae4a0746d7e458.txt', '003_23b432f3b9fe1fde.txt'];
    const { articles, failures } = await ingestFiles(names.map((name) => join(samplesDir, name)));
    expect(failures).toEqual([]);
    expect(articles.map((a) => [a.title, a.language, a.encoding])).toEqual([
      [
        "Un plan d'action signé entre les ministères azerbaïdjanais et kazakh des Affaires étrangères pour 2025-2026",
        'fr',
        'UTF-8',
      ],
      [
        'Azerbaïdjan – États-Unis : une visite historique d’Ilham Aliyev à Washington scelle un tournant diplomatique',
        'fr',
        'UTF-8',
      ],
    ]);
    // Stored annotations point into these texts: a change of hash means a change of text.
    expect(articles.map((a) => a.textSha256)).toEqual([
      'cf1a7e771efe25f8d030fb7cb9a6f0d270d5bc44b26073f72d4f6316742ec99f',
      'a3845196dda54108788b66f4d37565beb24d7b47552a153007910d271542ee90',
    ]);
    for (const [i, name] of names.entries()) {
      const raw = readFileSync(join(samplesDir, name), 'utf8');
      expect(articles[i]?.text).toBe(raw.replace(/\r\n?/g, '\n').normalize('NFC'));
    }
  });
});

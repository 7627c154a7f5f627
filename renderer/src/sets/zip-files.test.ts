import { strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { readSetFile, type ReadContext } from './read-set-file';
import { unzipTextFiles, zipPieces } from './zip-files';

const ANN = 'T1\tPerson 0 5\tHello\n'.repeat(20);

/** `zip` with the uncompressed size its central directory declares for `name` set to `size`. */
function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const data = new DataView(out.buffer);
  for (let at = 0; at + 46 < out.length; at++) {
    if (data.getUint32(at, true) !== 0x02014b50) continue;
    const length = data.getUint16(at + 28, true);
    if (new TextDecoder().decode(out.subarray(at + 46, at + 46 + length)) === name) {
      data.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`no ${name} in the zip`);
}

describe('unzipTextFiles', () => {
  it('reads deflated and stored entries, skipping folders and macOS resource forks', async () => {
    const zip = zipSync({
      'set/doc.txt': strToU8('Hello'),
      'set/doc.ann': [strToU8(ANN), { level: 0 }],
      'set/empty/': new Uint8Array(0),
      '__MACOSX/set/._doc.txt': strToU8('junk'),
    });
    const files = await unzipTextFiles(zip);
    expect(files).toEqual([
      { path: 'set/doc.txt', content: 'Hello' },
      { path: 'set/doc.ann', content: ANN },
    ]);
  });

  it('refuses, naming the entry, an entry larger than its directory says (never cut short)', async () => {
    const zip = lieAboutSize(
      zipSync({ 'a.txt': strToU8('Hello'), 'a.ann': strToU8(ANN) }),
      'a.ann',
      16,
    );
    await expect(unzipTextFiles(zip)).rejects.toThrow(
      `a.ann holds ${ANN.length} bytes where the archive says 16`,
    );
  });

  it('refuses, naming the entry, an entry smaller than its directory says', async () => {
    const zip = lieAboutSize(zipSync({ 'a.ann': strToU8(ANN) }), 'a.ann', 150 * 1024 * 1024);
    await expect(unzipTextFiles(zip)).rejects.toThrow(
      `a.ann holds ${ANN.length} bytes where the archive says ${150 * 1024 * 1024}`,
    );
  });

  it('stops a zip bomb at the cap on bytes actually inflated, whatever the directory declares', async () => {
    const bomb = lieAboutSize(
      zipSync({ 'big.ann': new Uint8Array(4 * 1024 * 1024) }),
      'big.ann',
      16,
    );
    await expect(unzipTextFiles(bomb, { maxBytes: 64 * 1024, maxEntries: 10 })).rejects.toThrow(
      'The zip expands to over 64 KB (at big.ann); it is refused unread.',
    );
  });

  it('counts the cap over all entries', async () => {
    const zip = zipSync({ 'a.txt': new Uint8Array(40_000), 'b.txt': new Uint8Array(40_000) });
    await expect(unzipTextFiles(zip, { maxBytes: 64_000, maxEntries: 10 })).rejects.toThrow(
      /at b\.txt/,
    );
  });

  it('refuses an archive with more entries than allowed before reading any', async () => {
    const zip = zipSync(Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`${n}.txt`, strToU8('x')])));
    await expect(unzipTextFiles(zip, { maxBytes: 1024, maxEntries: 4 })).rejects.toThrow(
      'The zip holds 5 entries; at most 4 are read.',
    );
  });

  it('refuses what is not a zip, and a truncated one', async () => {
    await expect(unzipTextFiles(strToU8('hello'))).rejects.toThrow(/not a zip/);
    const zip = zipSync({ 'a.ann': strToU8(ANN) });
    await expect(unzipTextFiles(zip.subarray(0, zip.length - 30))).rejects.toThrow(
      /damaged|not a zip/,
    );
  });
});

describe('zipPieces', () => {
  const pieces = ['<?xml version="1.0"?>\n', '<Project name="Bakı – Gəncə">\n', '</Project>\n'];

  it('writes each file as the concatenation of its pieces, in order, read back by the importer', async () => {
    const zip = await zipPieces([
      { path: 'project.qde', pieces },
      { path: 'sources/A.txt', pieces: ['Əliyev said.'] },
      { path: 'empty.txt', pieces: [] },
    ]);
    expect(await unzipTextFiles(zip)).toEqual([
      { path: 'project.qde', content: pieces.join('') },
      { path: 'sources/A.txt', content: 'Əliyev said.' },
      { path: 'empty.txt', content: '' },
    ]);
  });

  it('deflates with fflate where the engine has no CompressionStream, read back the same', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    try {
      const zip = await zipPieces([{ path: 'a.txt', pieces: ['Bakı ', 'və Gəncə'] }]);
      expect(await unzipTextFiles(zip)).toEqual([{ path: 'a.txt', content: 'Bakı və Gəncə' }]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('gives the same bytes for the same pieces and stamp, whatever the time of day', async () => {
    const stamp = '2026-03-11T10:00:00.000Z';
    const first = await zipPieces([{ path: 'project.qde', pieces }], stamp);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(await zipPieces([{ path: 'project.qde', pieces }], stamp)).toEqual(first);
  });
});

describe('a brat zip whose directory lies, imported', () => {
  it('is refused whole with the entry named, rather than read from 16 bytes of it', async () => {
    const context: ReadContext = {
      colleagueName: 'Aysel',
      codebook: { codebookId: 'sourcemark-news-default', version: 1 },
      itemIdForLabel: () => undefined,
      now: '2026-03-11T10:00:00.000Z',
      libraryArticles: async () => [],
    };
    const zip = lieAboutSize(
      zipSync({ 'doc.txt': strToU8('Hello world'), 'doc.ann': strToU8(ANN) }),
      'doc.ann',
      16,
    );
    const read = await readSetFile('set.zip', zip, context);
    expect(read).toEqual({
      ok: false,
      reason: `The zip is damaged: doc.ann holds ${ANN.length} bytes where the archive says 16.`,
    });
  });
});

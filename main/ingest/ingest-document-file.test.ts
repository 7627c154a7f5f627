import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeDocx, makePdf } from '../../tests/fixtures/ingest/make-documents';
import { createWorkerRunner, replaceDefaultDocumentRunner } from './documents/document-runner';
import { bundleDocumentWorker } from './documents/testing/bundle-document-worker';
import { ingestFile, ingestFiles } from './ingest-file';
import { scanFolder } from './scan-folder';

// The sources have no bundled worker beside them: the default reader is one built from them.
let stopReader: () => Promise<void>;
beforeAll(async () => {
  const reader = createWorkerRunner(await bundleDocumentWorker());
  const restore = replaceDefaultDocumentRunner(reader);
  stopReader = async () => {
    restore();
    await reader.close();
  };
});
afterAll(() => stopReader());

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sm-ingest-doc-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function write(name: string, content: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const PDF = makePdf({
  pages: [
    [['Le corridor médian gagne en importance'], ['Selon le ministre, les échanges ont doublé.']],
  ],
});
const DOCX = makeDocx({
  paragraphs: [
    'Le corridor médian gagne en importance',
    'Selon le ministre, les échanges ont doublé.',
  ],
});

describe('ingestFile: PDF and DOCX on disk', () => {
  it('scans and ingests PDF and DOCX files next to text files', async () => {
    await write('a.pdf', PDF);
    await write('b.docx', DOCX);
    await write('c.txt', 'Une note.');
    const scan = await scanFolder(dir);
    expect(scan.files.map((path) => path.slice(dir.length + 1))).toEqual([
      'a.pdf',
      'b.docx',
      'c.txt',
    ]);
    const batch = await ingestFiles(scan.files);
    expect(batch.failures).toEqual([]);
    expect(batch.articles.map((a) => [a.format, a.text.split('\n\n')])).toEqual([
      [
        'pdf',
        ['Le corridor médian gagne en importance', 'Selon le ministre, les échanges ont doublé.'],
      ],
      [
        'docx',
        ['Le corridor médian gagne en importance', 'Selon le ministre, les échanges ont doublé.'],
      ],
      ['txt', ['Une note.']],
    ]);
  });

  it('refuses a 100 MB PDF by its size, before reading it (limit 50 MB)', async () => {
    const path = await write('huge.pdf', '');
    await truncate(path, 100 * 1024 * 1024);
    expect(await ingestFile(path)).toEqual({
      kind: 'failure',
      failure: {
        path,
        reason: 'too-large',
        message: '"huge.pdf" is too large to import: 100 MB (limit 50 MB).',
      },
    });
  });

  it('refuses a folder named like a document', async () => {
    const path = join(dir, 'report.docx');
    await mkdir(path);
    const outcome = await ingestFile(path);
    expect(outcome).toMatchObject({ kind: 'failure', failure: { reason: 'not-a-file' } });
  });

  it('refuses a corrupt PDF and a scanned one, naming each', async () => {
    const corrupt = await write('report.pdf', '%PDF-1.7');
    const scan = await write('scan.pdf', makePdf({ pages: [[]] }));
    const batch = await ingestFiles([corrupt, scan]);
    expect(batch.failures.map((f) => [f.reason, f.message.slice(0, 14)])).toEqual([
      ['corrupt', '"report.pdf" c'],
      ['no-text-layer', '"scan.pdf" has'],
    ]);
  });
});

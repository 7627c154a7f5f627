import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx, makePdf } from '../../../tests/fixtures/ingest/make-documents';
import type { IngestOutcome } from '../ingest-bytes';
import { MAX_ARTICLE_CHARS } from '../limits';
import { createWorkerRunner, type WorkerRunner } from './document-runner';
import { ingestDocument } from './ingest-document';
import { bundleDocumentWorker } from './testing/bundle-document-worker';

// The reader as the app runs it: worker threads started from the worker's bundle.
let reader: WorkerRunner;
beforeAll(async () => {
  reader = createWorkerRunner(await bundleDocumentWorker());
});
afterAll(() => reader.close());

const meta = (sourceName: string) => ({
  sourcePath: `/articles/${sourceName}`,
  sourceName,
  modifiedAtMs: Date.UTC(2025, 2, 12),
});

function article(outcome: IngestOutcome) {
  if (outcome.kind !== 'article')
    throw new Error(`expected an article: ${outcome.failure.message}`);
  return outcome.article;
}

function failure(outcome: IngestOutcome) {
  if (outcome.kind !== 'failure') throw new Error('expected a failure');
  return outcome.failure;
}

const REPORT_PDF = makePdf({
  pages: [
    [
      ['Le corridor médian gagne en importance'],
      [
        'Selon le ministre, les échanges entre les deux rives de la Caspienne ont',
        'doublé en deux ans, a-t-il déclaré à la presse.',
      ],
    ],
    [['Un second paragraphe, sur la page suivante, parle des ports.']],
  ],
  info: { title: 'Le corridor médian', author: 'Jane Doe', creationDate: 'D:20250311120000Z' },
});

describe('ingestDocument: PDF', () => {
  it('keeps paragraphs, joins the lines of one, and reads the info dictionary', async () => {
    const result = article(
      await ingestDocument(REPORT_PDF, meta('rapport.pdf'), { runner: reader }),
    );
    expect(result.text).toBe(
      'Le corridor médian gagne en importance\n\n' +
        'Selon le ministre, les échanges entre les deux rives de la Caspienne ont doublé en deux ans, a-t-il déclaré à la presse.\n\n' +
        'Un second paragraphe, sur la page suivante, parle des ports.',
    );
    expect(result).toMatchObject({
      format: 'pdf',
      title: 'Le corridor médian',
      language: 'fr',
      bodyRanges: [{ start: 0, end: result.text.length }],
      chromeRanges: [],
    });
    expect(result.metadata).toMatchObject({
      byline: 'Jane Doe',
      bylines: [{ name: 'Jane Doe', kind: 'document' }],
      publishedDate: '2025-03-11T12:00',
    });
  });

  it('refuses a PDF without a text layer as scanned, naming the file', async () => {
    const scan = makePdf({ pages: [[], []] });
    expect(failure(await ingestDocument(scan, meta('scan.pdf'), { runner: reader }))).toEqual({
      path: '/articles/scan.pdf',
      reason: 'no-text-layer',
      message: '"scan.pdf" has no text layer: it looks scanned; run OCR first.',
    });
  });

  it('refuses an encrypted PDF and a corrupt one', async () => {
    const locked = makePdf({ pages: [[['Secret']]], isEncrypted: true });
    expect(
      failure(await ingestDocument(locked, meta('locked.pdf'), { runner: reader })).reason,
    ).toBe('encrypted');
    const corrupt = new TextEncoder().encode('%PDF-1.7');
    expect(
      failure(await ingestDocument(corrupt, meta('report.pdf'), { runner: reader })),
    ).toMatchObject({
      reason: 'corrupt',
      message: expect.stringMatching(/^"report\.pdf" could not be read: /),
    });
    const truncated = REPORT_PDF.subarray(0, 200);
    expect(
      failure(await ingestDocument(truncated, meta('cut.pdf'), { runner: reader })).reason,
    ).toBe('corrupt');
  });

  it('refuses an empty file and one over the 50 MB limit', async () => {
    expect(
      failure(await ingestDocument(new Uint8Array(), meta('e.pdf'), { runner: reader })).reason,
    ).toBe('empty');
    const huge = new Uint8Array(50 * 1024 * 1024 + 1);
    expect(failure(await ingestDocument(huge, meta('h.pdf'), { runner: reader })).message).toMatch(
      /limit 50 MB/,
    );
  });
});

describe('ingestDocument: DOCX', () => {
  it('keeps paragraphs and reads the core properties', async () => {
    const docx = makeDocx({
      paragraphs: [
        'Bakü ile Astana arasında stratejik ortaklık güçleniyor',
        'Dışişleri bakanları İstanbul’da görüştü. Görüşmede iki ülkenin işbirliği ele alındı.',
        'Yeni anlaşmalar imzalandı.',
      ],
      core: {
        title: 'Stratejik ortaklık',
        creator: 'Kadir Duran',
        created: '2025-08-10T09:00:00Z',
      },
    });
    const result = article(await ingestDocument(docx, meta('haber.docx'), { runner: reader }));
    expect(result.text).toBe(
      'Bakü ile Astana arasında stratejik ortaklık güçleniyor\n\n' +
        'Dışişleri bakanları İstanbul’da görüştü. Görüşmede iki ülkenin işbirliği ele alındı.\n\n' +
        'Yeni anlaşmalar imzalandı.',
    );
    expect(result).toMatchObject({ format: 'docx', title: 'Stratejik ortaklık', language: 'tr' });
    expect(result.metadata).toMatchObject({
      bylines: [{ name: 'Kadir Duran', kind: 'document' }],
      publishedDate: '2025-08-10T09:00',
    });
  });

  it('finds the title in the text when the properties have a placeholder', async () => {
    const docx = makeDocx({
      paragraphs: ['Le corridor médian gagne en importance', 'Selon le ministre, oui.'],
      core: { title: 'Microsoft Word - brouillon.docx' },
    });
    const result = article(await ingestDocument(docx, meta('brouillon.docx'), { runner: reader }));
    expect(result.title).toBe('Le corridor médian gagne en importance');
  });

  it('refuses a zip bomb before parsing it', async () => {
    const bomb = makeDocx({ paragraphs: ['x'], paddingBytes: 65 * 1024 * 1024 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = Date.now();
    const refused = failure(await ingestDocument(bomb, meta('bomb.docx'), { runner: reader }));
    expect(refused).toMatchObject({
      reason: 'too-large',
      message: expect.stringMatching(/^"bomb\.docx" is too large to import: .*expands/),
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses the 73 KB bomb whose document part is word/main.bin, in seconds', async () => {
    // The audit's file: _rels/.rels names word/main.bin, 70 million characters of text.
    const bomb = makeDocx({
      paragraphs: ['x'],
      paddingChars: 70_000_000,
      documentPart: 'word/main.bin',
    });
    expect(bomb.length).toBeLessThan(80 * 1024);
    const started = Date.now();
    const refused = failure(await ingestDocument(bomb, meta('bomb.docx'), { runner: reader }));
    expect(refused).toEqual({
      path: '/articles/bomb.docx',
      reason: 'too-large',
      message:
        '"bomb.docx" is too large to import: one of its parts expands to more than 64 MB (a zip bomb?).',
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses a text over the article limit with the reason, never a cut text', async () => {
    const long = 'Un mot. '.repeat(Math.ceil(MAX_ARTICLE_CHARS / 8) + 1);
    const runner = async () => ({ kind: 'text' as const, text: long, authors: [] });
    expect(
      failure(await ingestDocument(makeDocx({ paragraphs: ['x'] }), meta('long.docx'), { runner })),
    ).toEqual({
      path: '/articles/long.docx',
      reason: 'too-large',
      message: `"long.docx" is too large to import: its text is ${long.length.toLocaleString('en-US')} characters long, and an article holds at most 20,971,520; split it into smaller files.`,
    });
  });

  it('refuses a file that is not a zip, a zip without a document, and an encrypted one', async () => {
    const notZip = new TextEncoder().encode('PK but not really a zip');
    expect(
      failure(await ingestDocument(notZip, meta('bad.docx'), { runner: reader })),
    ).toMatchObject({
      reason: 'corrupt',
      message: '"bad.docx" could not be read: it is not a zip archive, as a .docx file must be.',
    });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(failure(await ingestDocument(ole, meta('locked.docx'), { runner: reader })).reason).toBe(
      'encrypted',
    );
  });

  it('refuses a document with no words as empty', async () => {
    const blank = makeDocx({ paragraphs: ['', '   '] });
    expect(
      failure(await ingestDocument(blank, meta('blank.docx'), { runner: reader })).reason,
    ).toBe('empty');
  });
});

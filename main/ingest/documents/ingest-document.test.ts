import { describe, expect, it } from 'vitest';
import { makeDocx, makePdf } from '../../../tests/fixtures/ingest/make-documents';
import type { IngestOutcome } from '../ingest-bytes';
import { ingestDocument } from './ingest-document';

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
    const result = article(await ingestDocument(REPORT_PDF, meta('rapport.pdf')));
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
    expect(failure(await ingestDocument(scan, meta('scan.pdf')))).toEqual({
      path: '/articles/scan.pdf',
      reason: 'no-text-layer',
      message: '"scan.pdf" has no text layer: it looks scanned; run OCR first.',
    });
  });

  it('refuses an encrypted PDF and a corrupt one', async () => {
    const locked = makePdf({ pages: [[['Secret']]], isEncrypted: true });
    expect(failure(await ingestDocument(locked, meta('locked.pdf'))).reason).toBe('encrypted');
    const corrupt = new TextEncoder().encode('%PDF-1.7');
    expect(failure(await ingestDocument(corrupt, meta('report.pdf')))).toMatchObject({
      reason: 'corrupt',
      message: expect.stringMatching(/^"report\.pdf" could not be read: /),
    });
    const truncated = REPORT_PDF.subarray(0, 200);
    expect(failure(await ingestDocument(truncated, meta('cut.pdf'))).reason).toBe('corrupt');
  });

  it('refuses an empty file and one over the 50 MB limit', async () => {
    expect(failure(await ingestDocument(new Uint8Array(), meta('e.pdf'))).reason).toBe('empty');
    const huge = new Uint8Array(50 * 1024 * 1024 + 1);
    expect(failure(await ingestDocument(huge, meta('h.pdf'))).message).toMatch(/limit 50 MB/);
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
    const result = article(await ingestDocument(docx, meta('haber.docx')));
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
    const result = article(await ingestDocument(docx, meta('brouillon.docx')));
    expect(result.title).toBe('Le corridor médian gagne en importance');
  });

  it('refuses a zip bomb before parsing it', async () => {
    const bomb = makeDocx({ paragraphs: ['x'], paddingBytes: 65 * 1024 * 1024 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = Date.now();
    const refused = failure(await ingestDocument(bomb, meta('bomb.docx')));
    expect(refused).toMatchObject({
      reason: 'too-large',
      message: expect.stringMatching(/^"bomb\.docx" is too large to import: .*expands/),
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses a file that is not a zip, a zip without a document, and an encrypted one', async () => {
    const notZip = new TextEncoder().encode('PK but not really a zip');
    expect(failure(await ingestDocument(notZip, meta('bad.docx')))).toMatchObject({
      reason: 'corrupt',
      message: '"bad.docx" could not be read: it is not a zip archive, as a .docx file must be.',
    });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(failure(await ingestDocument(ole, meta('locked.docx'))).reason).toBe('encrypted');
  });

  it('refuses a document with no words as empty', async () => {
    const blank = makeDocx({ paragraphs: ['', '   '] });
    expect(failure(await ingestDocument(blank, meta('blank.docx'))).reason).toBe('empty');
  });
});

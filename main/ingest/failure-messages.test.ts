import { describe, expect, it } from 'vitest';
import {
  binaryFailure,
  corruptFailure,
  encryptedFailure,
  noTextLayerFailure,
  describeOsError,
  formatMegabytes,
  tooLargeFailure,
  tooManyFilesFailure,
  unsupportedTypeFailure,
} from './failure-messages';
import { MAX_FILE_BYTES } from './limits';

describe('failure messages', () => {
  it('formats sizes so that a file just over the limit does not read as the limit', () => {
    expect(formatMegabytes(MAX_FILE_BYTES)).toBe('20 MB');
    expect(formatMegabytes(MAX_FILE_BYTES + 1)).toBe('20.1 MB');
    expect(formatMegabytes(1536 * 1024)).toBe('1.5 MB');
  });

  it('names the file (not its folder) and the reason', () => {
    expect(binaryFailure('/data/in/photo.txt', 'it looks like a PNG image')).toEqual({
      path: '/data/in/photo.txt',
      reason: 'binary',
      message: '"photo.txt" is not text: it looks like a PNG image.',
    });
    expect(tooLargeFailure('/d/huge.txt', 30 * 1024 * 1024).message).toBe(
      '"huge.txt" is too large to import: 30 MB (limit 20 MB).',
    );
    expect(unsupportedTypeFailure('/d/report.odt').message).toMatch(
      /^"report\.odt" was skipped: only \.txt, .*\.htm, \.pdf, \.docx files/,
    );
    expect(tooLargeFailure('/d/big.pdf', 60 * 1024 * 1024, 50 * 1024 * 1024).message).toBe(
      '"big.pdf" is too large to import: 60 MB (limit 50 MB).',
    );
  });

  it('names the file in the document failures', () => {
    expect(noTextLayerFailure('/d/scan.pdf')).toEqual({
      path: '/d/scan.pdf',
      reason: 'no-text-layer',
      message: '"scan.pdf" has no text layer: it looks scanned; run OCR first.',
    });
    expect(encryptedFailure('/d/secret.pdf').message).toMatch(/^"secret\.pdf" is password/);
    expect(corruptFailure('/d/bad.docx', 'it is not a zip archive').message).toBe(
      '"bad.docx" could not be read: it is not a zip archive.',
    );
  });

  it('names a dropped file by its name, without the dropped: prefix', () => {
    expect(binaryFailure('dropped:image.txt', 'it looks like a PNG image').message).toMatch(
      /^"image\.txt"/,
    );
  });

  it('counts the files past the folder limit', () => {
    expect(tooManyFilesFailure('/d/archive', 1234).message).toMatch(
      /^1,234 more files in "archive" were not listed: .* 20,000 files/,
    );
  });

  it('describes OS errors in words with their code', () => {
    expect(describeOsError(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe(
      'permission denied (EACCES)',
    );
    expect(describeOsError(Object.assign(new Error('x'), { code: 'EWEIRD' }))).toBe(
      'the system refused (EWEIRD)',
    );
    expect(describeOsError(new Error('plain'))).toBe('plain');
  });
});

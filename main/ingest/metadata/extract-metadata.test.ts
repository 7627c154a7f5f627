import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../renderer/src/text/normal-form';
import { extractMetadata } from './extract-metadata';

const samplesDir = join(import.meta.dirname, '../../../resources/samples');
const sample = (name: string) => ({
  text: normaliseText(readFileSync(join(samplesDir, name), 'utf8')),
  sourcePath: join(samplesDir, name),
  language: 'fr',
});

describe('extractMetadata on the AZERTAC dispatch', () => {
  const input = sample('000_3dae4a0746d7e458.txt');
  const metadata = extractMetadata({ ...input, referenceYear: 2025 });

  it('reads the dateline, its date and the agency as outlet', () => {
    expect(metadata.dateline).toMatchObject({
      place: 'Bakou',
      agency: 'AZERTAC',
      date: { isoDate: '2025-03-11', text: '11 mars', hasYear: false },
    });
    expect(metadata.publishedDate?.isoDate).toBe('2025-03-11');
    expect(metadata.outlet).toMatchObject({ name: 'AZERTAC', knownAgency: { name: 'AZERTAC' } });
    expect(metadata.title).toMatch(/^Un plan d'action signé/);
    expect(metadata.bylines).toEqual([]);
  });

  it('dates the year-less dateline by the weekday of the dispatch, not the file year', () => {
    // "s'est entretenu ce mardi": 11 March was a Tuesday in 2025, a Wednesday in 2026.
    const copiedLater = extractMetadata({ ...input, referenceYear: 2026 });
    expect(copiedLater.publishedDate?.isoDate).toBe('2025-03-11');
    expect(copiedLater.dateline?.date?.hasYear).toBe(false);
  });

  it('suggests a state news agency, a wire author and reporting', () => {
    expect(metadata.suggestions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'outletType', value: 'state-news-agency' }),
        expect.objectContaining({ field: 'genre', value: 'reporting' }),
        expect.objectContaining({ field: 'authorRole', value: 'wire-agency' }),
      ]),
    );
    const outletType = metadata.suggestions.find((s) => s.field === 'outletType');
    expect(outletType?.reason).toBe('Dateline names AZERTAC, the Azerbaijani state news agency');
    const { start, end } = outletType!.evidence!;
    expect(input.text.slice(start, end)).toBe('Bakou, 11 mars, AZERTAC');
  });

  it('leaves the year open without a reference year', () => {
    expect(extractMetadata(input).publishedDate?.isoDate).toBe('--03-11');
  });
});

describe('extractMetadata on the op-ed in a Turkish blog page', () => {
  const input = sample('003_23b432f3b9fe1fde.txt');
  const metadata = extractMetadata(input);

  it('finds the editor’s byline and the MP’s signature', () => {
    expect(metadata.bylines).toEqual([
      expect.objectContaining({ kind: 'byline', name: 'Kadir Duran' }),
      expect.objectContaining({
        kind: 'signature',
        name: 'Mazahir Afandiyev',
        role: 'Membre du Milli Majlis',
        roleId: 'elected-official',
      }),
    ]);
  });

  it('takes the Turkish page date as the publication date', () => {
    expect(metadata.publishedDate).toMatchObject({
      isoDate: '2025-08-10T16:55',
      language: 'tr',
      text: '10 Ağustos, 2025, Pazar 16:55',
    });
    expect(metadata.dateline).toBeUndefined();
  });

  it('names the blog from its repeated banner', () => {
    expect(metadata.outlet).toMatchObject({ name: 'BRUXELLES KORNER BLOG' });
  });

  it('suggests an elected official and opinion, with reasons', () => {
    const byField = Object.fromEntries(metadata.suggestions.map((s) => [s.field, s]));
    expect(byField.authorRole).toMatchObject({
      value: 'elected-official',
      reason: 'Signature: Mazahir Afandiyev, Membre du Milli Majlis',
    });
    expect(byField.genre).toMatchObject({ value: 'opinion' });
    expect(byField.genre?.reason).toContain('Membre du Milli Majlis');
    expect(byField.outletType).toBeUndefined();
  });
});

describe('extractMetadata on bad input', () => {
  it('returns an empty result for an empty text', () => {
    expect(extractMetadata({ text: '', sourcePath: 'x.txt', language: 'und' })).toEqual({
      title: '',
      bylines: [],
      suggestions: [],
    });
  });

  it('finishes quickly on a megabyte of garbage', () => {
    const alphabet = '0123456789 .,:-–()©|aéıİmarsМАРТА\nabcdefgPar By ŞĞ';
    let seed = 7;
    let text = '';
    for (let i = 0; i < 1024 * 1024; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      text += alphabet.charAt(seed % alphabet.length);
    }
    const started = performance.now();
    extractMetadata({ text, sourcePath: '/data/garbage/x.txt', language: 'und' });
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

import { describe, expect, it } from 'vitest';
import { extractDateline } from './extract-dateline';

describe('extractDateline', () => {
  it('reads a French AZERTAC dateline with its span', () => {
    const text = 'Titre\n\nBakou, 11 mars, AZERTAC\nLe ministre a dit...';
    const dateline = extractDateline(text, { referenceYear: 2025 });
    expect(dateline).toMatchObject({
      place: 'Bakou',
      agency: 'AZERTAC',
      knownAgency: { name: 'AZERTAC', isStateOwned: true },
      date: { isoDate: '2025-03-11', text: '11 mars', language: 'fr' },
    });
    const { span, date } = dateline!;
    expect(text.slice(span.start, span.end)).toBe('Bakou, 11 mars, AZERTAC');
    expect(text.slice(date!.span.start, date!.span.end)).toBe('11 mars');
  });

  it('reads parenthesised agencies in Turkish and English', () => {
    expect(extractDateline('Bakü, 10 Ağustos (AZERTAC)')).toMatchObject({
      place: 'Bakü',
      agency: 'AZERTAC',
      date: { isoDate: '--08-10', language: 'tr' },
    });
    const text = 'BAKU, March 11 (Reuters) - Azerbaijan said on Tuesday...';
    const dateline = extractDateline(text, { referenceYear: 2025 });
    expect(dateline).toMatchObject({
      place: 'BAKU',
      agency: 'Reuters',
      knownAgency: { name: 'Reuters', isStateOwned: false },
      date: { isoDate: '2025-03-11', language: 'en' },
    });
    expect(text.slice(dateline!.span.start, dateline!.span.end)).toBe('BAKU, March 11 (Reuters)');
  });

  it('reads a dateline without a date, and an unknown all-caps agency', () => {
    expect(extractDateline('ANKARA (AA) - Dışişleri Bakanı...')).toMatchObject({
      place: 'ANKARA',
      agency: 'AA',
      knownAgency: { name: 'Anadolu' },
    });
    expect(extractDateline('Moscou, 2 mai (TASS)')?.date).toBeDefined();
    expect(extractDateline('Tbilissi, 2 mai, GHN')?.knownAgency).toBeUndefined();
  });

  it('ignores lines that only look like datelines', () => {
    expect(extractDateline('')).toBeUndefined();
    expect(extractDateline('Paris, ville lumière, et Londres')).toBeUndefined();
    expect(extractDateline('Bakou, 11 mars, selon le ministre des affaires')).toBeUndefined();
    expect(extractDateline('le ministre, 11 mars, AZERTAC')).toBeUndefined();
    expect(extractDateline('Bakou, 11 mars (AZERTAC est une agence)')).toBeUndefined();
  });

  it('finishes quickly on a megabyte of delimiter-heavy garbage', () => {
    const garbage = 'Ab, 1 (X, Y( ,,'.repeat(70_000);
    const started = performance.now();
    extractDateline(garbage);
    extractDateline('A'.repeat(100) + '\n'.repeat(1_000_000));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

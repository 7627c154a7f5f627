import { describe, expect, it } from 'vitest';
import { extractMetadata } from './extract-metadata';
import { toIngestedMetadata, toIsoDate } from './to-ingested-metadata';

describe('toIsoDate', () => {
  it('reads ISO and PDF dates, keeping the written time, and refuses impossible days', () => {
    expect(toIsoDate('2025-03-11')).toBe('2025-03-11');
    expect(toIsoDate('2025-03-11T08:30:00+04:00')).toBe('2025-03-11T08:30');
    expect(toIsoDate("D:20250311120000+01'00'")).toBe('2025-03-11T12:00');
    expect(toIsoDate('D:20250311')).toBe('2025-03-11');
    expect(toIsoDate('2025-02-30')).toBeUndefined();
    expect(toIsoDate('mardi')).toBeUndefined();
  });
});

describe('toIngestedMetadata', () => {
  const text =
    'Bakou, 11 mars, AZERTAC\n\nLe ministre des Affaires étrangères a reçu son homologue kazakh pour signer un plan d’action.\n';
  const found = extractMetadata({ text, sourcePath: '/news/azertac/a.txt', language: 'fr' });

  it('carries the dateline, date and suggestions as plain values', () => {
    const metadata = toIngestedMetadata(found);
    expect(metadata.dateline).toMatchObject({ place: 'Bakou', agency: 'AZERTAC' });
    expect(metadata.publishedDate).toMatch(/-03-11$/);
    expect(metadata.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of metadata.suggestions) {
      expect(Object.keys(suggestion).sort()).toEqual(['field', 'reason', 'value']);
    }
    expect(JSON.parse(JSON.stringify(metadata))).toEqual(metadata);
  });

  it('puts declared authors first, without repeats, and bounds lists and strings', () => {
    const many = Array.from({ length: 30 }, (_, i) => `Auteur ${i} ${'x'.repeat(500)}`);
    const metadata = toIngestedMetadata(found, {
      authors: ['Jane Doe', 'jane doe', ...many],
      publishedTime: '2024-01-02',
      siteName: 'Le Journal',
    });
    expect(metadata.bylines[0]).toEqual({ name: 'Jane Doe', kind: 'document' });
    expect(metadata.bylines).toHaveLength(10);
    expect(metadata.bylines.every((b) => b.name.length <= 300)).toBe(true);
    expect(metadata.byline!.length).toBeLessThanOrEqual(300);
    expect(metadata.publishedDate).toBe('2024-01-02');
    expect(metadata.outlet).toEqual({ name: 'Le Journal', confidence: 'high' });
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockLanguages, MAX_LANGUAGE_RANGES } from './block-languages';
import { ingestBytes } from './ingest-bytes';
import { normaliseText } from './normalise-text';

const samples = join(import.meta.dirname, '../../resources/samples');
const FRENCH =
  'Le ministre azerbaïdjanais des affaires étrangères s’est entretenu ce mardi avec son homologue kazakh.';
const TURKISH =
  'Bakü ile Astana arasında stratejik ortaklık güçleniyor ve iki ülkenin işbirliği ele alındı.';

describe('blockLanguages', () => {
  it('splits a text by language at blank lines, short blocks joining their neighbours', () => {
    const text = `${TURKISH}\n\nPaylaş\n\n${TURKISH}\n\n${FRENCH}\n\n${FRENCH}`;
    const ranges = blockLanguages(text);
    expect(ranges.map((r) => r.language)).toEqual(['tr', 'fr']);
    expect(text.slice(ranges[1]!.start, ranges[1]!.end)).toBe(`${FRENCH}\n\n${FRENCH}`);
    expect(ranges[0]!.start).toBe(0);
  });

  it('keeps at most the cap of ranges, however the languages alternate', () => {
    const text = Array.from({ length: 200 }, (_, i) => (i % 2 ? FRENCH : TURKISH)).join('\n\n');
    const ranges = blockLanguages(text);
    expect(ranges.length).toBeLessThanOrEqual(MAX_LANGUAGE_RANGES);
    expect(ranges.at(-1)!.end).toBe(text.length);
  });
});

describe('the opinion piece sample: French inside Turkish chrome', () => {
  it('is French as a document, with Turkish blocks in its page chrome', () => {
    const path = join(samples, '003_23b432f3b9fe1fde.txt');
    const outcome = ingestBytes(readFileSync(path), {
      sourcePath: path,
      sourceName: '003_23b432f3b9fe1fde.txt',
      modifiedAtMs: Date.UTC(2025, 7, 11),
    });
    if (outcome.kind !== 'article') throw new Error(outcome.failure.message);
    const { article } = outcome;
    expect(article.language).toBe('fr');
    const ranges = article.metadata.languageRanges ?? [];
    const languageAt = (phrase: string) => {
      const at = article.text.indexOf(phrase);
      return ranges.find((r) => r.start <= at && at < r.end)?.language;
    };
    expect(languageAt('Trente ans après l’occupation')).toBe('fr');
    const turkishChrome = article.chromeRanges.some((chrome) =>
      ranges.some((r) => r.language === 'tr' && r.start < chrome.end && chrome.start < r.end),
    );
    expect(turkishChrome).toBe(true);
  });

  it('stores no ranges for a text in one language', () => {
    const text = normaliseText(`${FRENCH}\n\n${FRENCH}`);
    const outcome = ingestBytes(new TextEncoder().encode(text), {
      sourcePath: '/d/a.txt',
      sourceName: 'a.txt',
      modifiedAtMs: 0,
    });
    expect(outcome.kind === 'article' && outcome.article.metadata.languageRanges).toBe(undefined);
  });
});

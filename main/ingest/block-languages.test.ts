import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockLanguages, MAX_LANGUAGE_RANGES } from './block-languages';
import { ingestBytes } from './ingest-bytes';
import { normaliseText } from '../../renderer/src/text/normal-form';

const samples = join(import.meta.dirname, '../../resources/samples');
const FRENCH =
  'Le ministre azerbaïdjanais des affaires étrangères s’est entretenu ce mardi avec son homologue kazakh.';
const TURKISH =
  'Bakü ile Astana arasında stratejik ortaklık güçleniyor ve iki ülkenin işbirliği ele alındı.';

describe('blockLanguages', () => {
  it('gives each run of chrome and body its language, short runs joining their neighbours', () => {
    const chrome = `${TURKISH}\n\nPaylaş\n\n${TURKISH}\n\n`;
    const body = `${FRENCH}\n\n${FRENCH}`;
    const text = `${chrome}${body}\n\nPaylaş`;
    const bodyRange = { start: chrome.length, end: chrome.length + body.length };
    const ranges = blockLanguages(text, [bodyRange]);
    expect(ranges.map((r) => r.language)).toEqual(['tr', 'fr']);
    expect(ranges[0]).toMatchObject({ start: 0, end: chrome.trimEnd().length });
    // The trailing "Paylaş" is too short to tell: it joins the French body before it.
    expect(ranges[1]).toMatchObject({ start: chrome.length, end: text.length });
  });

  it('takes a known run’s language without guessing it, and caps the ranges', () => {
    const text = `${TURKISH}\n\n${FRENCH}`;
    const body = { start: TURKISH.length + 2, end: text.length };
    expect(blockLanguages(text, [body], { range: body, language: 'ru' }).at(-1)?.language).toBe(
      'ru',
    );
    const parts = Array.from({ length: 200 }, (_, i) => (i % 2 ? FRENCH : TURKISH));
    const many = parts.join('\n\n');
    const bodies = parts.flatMap((part, i) => {
      const start = parts.slice(0, i).reduce((sum, p) => sum + p.length + 2, 0);
      return i % 2 ? [{ start, end: start + part.length }] : [];
    });
    const ranges = blockLanguages(many, bodies);
    expect(ranges.length).toBeLessThanOrEqual(MAX_LANGUAGE_RANGES);
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

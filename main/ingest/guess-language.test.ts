import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { guessLanguage, languageSample } from './guess-language';
import { primaryLanguage, toIso6391 } from './language-codes';

const TURKISH =
  'Bakü ile Astana arasında stratejik ortaklık güçleniyor\n\nDışişleri bakanları İstanbul’da görüştü. Görüşmede iki ülkenin işbirliği ele alındı ve yeni anlaşmalar imzalandı.\n';
const FRENCH =
  'Le corridor médian gagne en importance\n\nSelon le ministre, les échanges entre les deux rives de la Caspienne ont doublé en deux ans.\n';

describe('guessLanguage', () => {
  it.each([
    [FRENCH, 'fr'],
    [TURKISH, 'tr'],
    [
      'The foreign ministers met in Baku on Tuesday to discuss the new transport corridor and energy.',
      'en',
    ],
    [
      'Министр иностранных дел Азербайджана провёл переговоры с коллегой из Казахстана в Баку.',
      'ru',
    ],
    ['Міністр закордонних справ України провів переговори з колегою з Казахстану в Баку.', 'uk'],
    [
      'Die Außenminister trafen sich am Dienstag in Baku, um über den neuen Verkehrskorridor zu sprechen.',
      'de',
    ],
  ])('recognises %#', (text, code) => {
    expect(guessLanguage(text)).toBe(code);
  });

  it('reads the article, not the menu, of a Turkish site carrying a French article', () => {
    const dump = readFileSync(
      fileURLToPath(new URL('../../resources/samples/003_23b432f3b9fe1fde.txt', import.meta.url)),
      'utf8',
    );
    expect(guessLanguage(dump)).toBe('fr');
  });

  it('lets a valid declared language win, and ignores an invalid one', () => {
    expect(guessLanguage(FRENCH, 'tr-TR')).toBe('tr');
    expect(guessLanguage(FRENCH, 'x-klingon')).toBe('fr');
    expect(guessLanguage(FRENCH, '')).toBe('fr');
  });

  it('answers und for text too short or without letters', () => {
    expect(guessLanguage('Bakou')).toBe('und');
    expect(guessLanguage('2025-08-10 16:55 — 42 %')).toBe('und');
  });
});

describe('languageSample', () => {
  it('takes the longest lines first, at most the 2048 characters franc reads', () => {
    const text = `MENU\nAccueil\n${'a'.repeat(100)}\n${'b'.repeat(80)}\n${'c'.repeat(5000)}`;
    const sample = languageSample(text);
    expect(sample.length).toBe(2048);
    expect(sample.startsWith('ccc')).toBe(true);
    expect(sample).not.toContain('MENU');
  });
});

describe('language codes', () => {
  it('maps ISO 639-3 to 639-1 and tags to their primary language', () => {
    expect([
      toIso6391('fra'),
      toIso6391('tur'),
      toIso6391('azj'),
      toIso6391('ukr'),
      toIso6391('ceb'),
    ]).toEqual(['fr', 'tr', 'az', 'uk', 'und']);
    expect([
      primaryLanguage('fr-FR'),
      primaryLanguage('TUR'),
      primaryLanguage('az_Latn'),
      primaryLanguage('1x'),
    ]).toEqual(['fr', 'tr', 'az', undefined]);
  });

  it('answers und for codes that are names of Object.prototype members', () => {
    const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
    expect(names.map(toIso6391)).toEqual(['und', 'und', 'und', 'und']);
  });
});

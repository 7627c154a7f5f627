import { describe, expect, it } from 'vitest';
import { lettersOutsideBestAlphabet } from './latin-alphabets';
import { scoreDecoding } from './score-decoding';

const badWords = (text: string) => scoreDecoding(text).badWords;

describe('scoreDecoding', () => {
  it.each([
    ['a symbol between letters (Polish ł read as windows-1252)', 'w³asny'],
    ['a Latin-1 symbol glued to a word (ISO-8859-15 Œ read as Latin-1)', '¼uvre'],
    ['Icelandic-only letters (Turkish ş ğ read as windows-1252)', 'Dýþiþleri'],
    ['a capital after a lower-case letter (KOI8-R read as windows-1251)', 'мИНИСТР'],
    ['two scripts in one word (French é read as windows-1251)', 'mщdian'],
    ['a word of accented letters only (Cyrillic read as windows-1252)', 'Ìèíèñòð'],
  ])('flags %s', (_what, word) => {
    expect(badWords(`Le ${word} est là.`)).toBe(1);
  });

  it.each([
    ['French', 'Déjà « naïve », l’Œuvre coûte 12 € ; n°5 à 25°C, 3 m².'],
    ['Turkish', 'Dışişleri bakanları İstanbul’da ŞUBAT ayında görüştü: üçüncü ışık.'],
    ['Russian', 'Министр ООН провёл переговоры в Баку.'],
    ['camel case brands', 'iPhone, eBay et McDonald’s à Bakou.'],
  ])('passes real %s words', (_language, text) => {
    expect(badWords(text)).toBe(0);
  });

  it('counts U+FFFD and control characters, but not tabs or line breaks', () => {
    expect(scoreDecoding('a\ufffdb\u0085c\u0001d\te\nf\r\n').badChars).toBe(3);
  });

  it('counts only words with a non-ASCII character', () => {
    expect(scoreDecoding('plain words here, déjà vu là').words).toBe(2);
  });

  it('counts accented letters that no single language explains', () => {
    expect(scoreDecoding('Où êtes-vous ? Ça va très bien.').foreignLetters).toBe(0);
    // The same bytes read as windows-1257: ł ź ē č are Polish, Polish, Latvian, Czech.
    expect(scoreDecoding('Oł źtes-vous ? Ēa va trčs bien.').foreignLetters).toBeGreaterThan(0);
  });
});

describe('lettersOutsideBestAlphabet', () => {
  it('measures against the single best-fitting language', () => {
    expect(lettersOutsideBestAlphabet(new Set(['ı', 'ş', 'ğ', 'ü']))).toBe(0);
    expect(lettersOutsideBestAlphabet(new Set(['é', 'ş', 'ğ']))).toBe(1);
    expect(lettersOutsideBestAlphabet(new Set())).toBe(0);
  });
});

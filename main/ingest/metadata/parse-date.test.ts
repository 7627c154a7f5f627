import { describe, expect, it } from 'vitest';
import { findDates, MAX_DATES, parseDate } from './parse-date';

const iso = (text: string, options = {}) => parseDate(text, options)?.isoDate;

describe('parseDate', () => {
  it('reads French dates, with and without a year', () => {
    expect(iso('11 mars 2025')).toBe('2025-03-11');
    expect(iso('le 3 février 2024')).toBe('2024-02-03');
    expect(iso('le 1er août 2023')).toBe('2023-08-01');
    expect(iso('3 fevrier 2024')).toBe('2024-02-03');
    expect(parseDate('Bakou, 11 mars, AZERTAC')).toMatchObject({
      isoDate: '--03-11',
      hasYear: false,
      language: 'fr',
      text: '11 mars',
      span: { start: 7, end: 14 },
    });
  });

  it('gives year-less dates the reference year', () => {
    expect(parseDate('11 mars', { referenceYear: 2025 })).toMatchObject({
      isoDate: '2025-03-11',
      hasYear: false,
    });
    expect(iso('29 février', { referenceYear: 2024 })).toBe('2024-02-29');
    expect(iso('12 March 2023', { referenceYear: 2025 })).toBe('2023-03-12');
  });

  it('reads Turkish dates with weekday and time, in any casing of İ and ı', () => {
    expect(parseDate('10 Ağustos, 2025, Pazar 16:55')).toMatchObject({
      isoDate: '2025-08-10T16:55',
      language: 'tr',
      text: '10 Ağustos, 2025, Pazar 16:55',
    });
    expect(iso('12 Mart 2024')).toBe('2024-03-12');
    expect(iso('3 EKİM 2024')).toBe('2024-10-03');
    expect(iso('3 Ekim 2024')).toBe('2024-10-03');
    expect(iso('5 KASIM 2024')).toBe('2024-11-05');
    expect(iso('5 kasım 2024')).toBe('2024-11-05');
    expect(iso('31 ARALIK 2024')).toBe('2024-12-31');
    expect(iso('1 ŞUBAT 2024')).toBe('2024-02-01');
    expect(iso('19 Mayıs 2024')).toBe('2024-05-19');
  });

  it('reads English dates in both orders', () => {
    expect(parseDate('March 11, 2025')).toMatchObject({ isoDate: '2025-03-11', language: 'en' });
    expect(iso('11 March 2025')).toBe('2025-03-11');
    expect(iso('BAKU, March 11 (Reuters)', { referenceYear: 2025 })).toBe('2025-03-11');
    expect(iso('Sept. 3rd, 2024')).toBe('2024-09-03');
  });

  it('reads Russian dates in the genitive and nominative, any case', () => {
    expect(parseDate('11 марта 2025 г.')).toMatchObject({
      isoDate: '2025-03-11',
      language: 'ru',
      text: '11 марта 2025 г.',
    });
    expect(iso('1 мая 2024 года')).toBe('2024-05-01');
    expect(iso('3 АВГУСТА 2023')).toBe('2023-08-03');
    expect(iso('15 сентября 2022')).toBe('2022-09-15');
    expect(iso('31 декабря 2021')).toBe('2021-12-31');
  });

  it('reads Azerbaijani dates, preferring the hinted language for shared names', () => {
    expect(parseDate('11 avqust 2025')).toMatchObject({ isoDate: '2025-08-11', language: 'az' });
    expect(iso('2 fevral 2024')).toBe('2024-02-02');
    expect(iso('20 sentyabr 2023')).toBe('2023-09-20');
    expect(parseDate('11 mart 2025', { languageHint: 'az' })?.language).toBe('az');
    expect(parseDate('11 mart 2025')?.language).toBe('tr');
  });

  it('reads ISO and day.month.year dates', () => {
    expect(parseDate('2025-03-11')).toMatchObject({ isoDate: '2025-03-11', language: 'und' });
    expect(iso('2025-03-11T09:30')).toBe('2025-03-11T09:30');
    expect(iso('11.03.2025')).toBe('2025-03-11');
    expect(iso('11.03.2025 16:55')).toBe('2025-03-11T16:55');
  });

  it('rejects impossible dates and non-dates', () => {
    expect(parseDate('31 février 2024')).toBeUndefined();
    expect(parseDate('2025-13-01')).toBeUndefined();
    expect(parseDate('pour 2025-2026')).toBeUndefined();
    expect(parseDate('20 pommes')).toBeUndefined();
    expect(parseDate('Marseille 12')).toBeUndefined();
    expect(parseDate('')).toBeUndefined();
  });
});

describe('findDates', () => {
  it('finds every date with its position, skipping near misses', () => {
    const text = 'Vu 10 pour 11 mars 2025 et le 7 août 2025 à 14h30.';
    const dates = findDates(text);
    expect(dates.map((d) => d.isoDate)).toEqual(['2025-03-11', '2025-08-07T14:30']);
    for (const d of dates) expect(text.slice(d.span.start, d.span.end)).toBe(d.text);
  });

  it('caps the number of dates it returns', () => {
    expect(findDates('1 mai 2020 '.repeat(MAX_DATES + 50))).toHaveLength(MAX_DATES);
  });

  it('finishes quickly on a megabyte of garbage', () => {
    const alphabet = '0123456789 .,:-–aéıİmarsМАРТА\n(©)abcdefghijklmnopqrstuvwxyzŞĞ';
    let seed = 42;
    const chars: string[] = [];
    for (let i = 0; i < 1024 * 1024; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      chars.push(alphabet.charAt(seed % alphabet.length));
    }
    const garbage = chars.join('');
    const started = performance.now();
    findDates(garbage);
    findDates('1 '.repeat(500_000));
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

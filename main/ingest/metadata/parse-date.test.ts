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

describe('parseDate in the languages of the corpus, with times and zones', () => {
  it('reads Arabic dates, Egyptian and Levantine month names, Arabic-Indic digits', () => {
    expect(parseDate('١١ مارس ٢٠٢٥')).toMatchObject({ isoDate: '2025-03-11', language: 'ar' });
    expect(iso('الثلاثاء 1 تشرين الثاني 2024')).toBe('2024-11-01');
    expect(iso('3 آب 2023')).toBe('2023-08-03');
    expect(iso('5 أكتوبر 2022 16:40', { languageHint: 'ar' })).toBe('2022-10-05T16:40');
    // Offsets stay in the text's own digits: the span is what the text says.
    const text = 'باكو، ١١ مارس ٢٠٢٥';
    const date = parseDate(text)!;
    expect(text.slice(date.span.start, date.span.end)).toBe('١١ مارس ٢٠٢٥');
  });

  it('keeps the zone written after a time, in every language', () => {
    expect(parseDate('11 марта 2025 г., 16:55 МСК')).toMatchObject({
      isoDate: '2025-03-11T16:55',
      timeZone: '+03:00',
      language: 'ru',
    });
    expect(parseDate('10 Ağustos 2025 Pazar 16:55 TRT')).toMatchObject({
      isoDate: '2025-08-10T16:55',
      timeZone: '+03:00',
    });
    expect(parseDate('le 11 mars 2025 à 16h55 (UTC+01:00)')).toMatchObject({
      isoDate: '2025-03-11T16:55',
      timeZone: '+01:00',
    });
    expect(parseDate('11 mart 2025-ci il, 16:55 GMT+4', { languageHint: 'az' })).toMatchObject({
      isoDate: '2025-03-11T16:55',
      timeZone: '+04:00',
      language: 'az',
    });
    expect(parseDate('March 11, 2015 3:46 PM EDT')).toMatchObject({
      isoDate: '2015-03-11T15:46',
      timeZone: '-04:00',
    });
    expect(parseDate('2025-03-11T08:30:00+04:00')?.timeZone).toBe('+04:00');
    // A word after a time is not a zone.
    expect(parseDate('11 mars 2025 16:55 NEWS')).toMatchObject({ isoDate: '2025-03-11T16:55' });
    expect(parseDate('11 mars 2025 16:55 NEWS')?.timeZone).toBeUndefined();
  });

  it('reads times on a 12-hour clock and slashed dates in the text’s order', () => {
    expect(iso('By Erin Cunningham March 18 at 3:57 PM', { referenceYear: 2015 })).toBe(
      '2015-03-18T15:57',
    );
    expect(iso('posted on April 21, 2015, at 11:29 a.m.')).toBe('2015-04-21T11:29');
    expect(iso('2/26/2015 7:11 AM PST', { languageHint: 'en' })).toBe('2015-02-26T07:11');
    expect(iso('3/09/15 8:00am', { languageHint: 'en' })).toBe('2015-03-09T08:00');
    expect(iso('3/09/15 8:00', { languageHint: 'fr' })).toBe('2015-09-03T08:00');
    expect(parseDate('1/2/3')).toBeUndefined();
    expect(iso('Dec 28 Sat 2013 00:28')).toBe('2013-12-28T00:28');
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

import { describe, expect, it } from 'vitest';
import { extractBylines, isNameShaped } from './extract-byline';

const prose =
  'Une longue phrase de texte qui ressemble à un paragraphe d’article de presse. '.repeat(3);

describe('extractBylines', () => {
  it('reads bylines in several languages, with the name span', () => {
    const text =
      'Titre\nPar Kadir Duran\nBy Jane Doe, Reuters\nYazar: Ayşe Yılmaz\n— Автор: Иван Петров';
    const bylines = extractBylines(text);
    expect(bylines.map((b) => [b.kind, b.name])).toEqual([
      ['byline', 'Kadir Duran'],
      ['byline', 'Jane Doe'],
      ['byline', 'Ayşe Yılmaz'],
      ['byline', 'Иван Петров'],
    ]);
    for (const b of bylines) expect(text.slice(b.span.start, b.span.end)).toBe(b.name);
    expect(bylines[1]).toMatchObject({ role: 'Reuters' });
  });

  it('reads bylines after a separator, with dates and co-authors on their line', () => {
    const text =
      'Le Monde | Publié le 12 mars 2025 | Par Martin Untersinger (avec Damien Leloup et Morgane Tual)\n' +
      'By Erin Cunningham March 18 at 3:57 PM';
    const bylines = extractBylines(text);
    expect(bylines.map((b) => [b.name, b.role])).toEqual([
      ['Martin Untersinger', undefined],
      ['Damien Leloup', 'avec'],
      ['Morgane Tual', 'avec'],
      ['Erin Cunningham', undefined],
    ]);
    for (const b of bylines) expect(text.slice(b.span.start, b.span.end)).toBe(b.name);
  });

  it('credits no badge or label as a signature', () => {
    const text = `${prose}\n${prose}\n\nPost Writer Badge\nThis commenter is a Washington Post editor, reporter or producer.\n`;
    expect(extractBylines(text)).toEqual([]);
  });

  it('reads a role after the byline name', () => {
    expect(extractBylines('By Jane Doe, Professor of History')[0]).toMatchObject({
      name: 'Jane Doe',
      role: 'Professor of History',
      roleId: 'expert-academic',
    });
  });

  it('reads a closing signature block and its first role line', () => {
    const text = `${prose}\n${prose}\n\nMazahir Afandiyev\nMembre du Milli Majlis\nde la République d’Azerbaïdjan,\n`;
    const [signature] = extractBylines(text);
    expect(signature).toMatchObject({
      kind: 'signature',
      name: 'Mazahir Afandiyev',
      role: 'Membre du Milli Majlis',
      roleId: 'elected-official',
    });
    expect(text.slice(signature!.span.start, signature!.span.end)).toBe('Mazahir Afandiyev');
  });

  it('maps role words of each language, Turkish capitals included', () => {
    const roleOf = (role: string) =>
      extractBylines(`${prose}\nAli Veli\n${role}`).find((b) => b.kind === 'signature')?.roleId;
    expect(roleOf('MİLLETVEKİLİ')).toBe('elected-official');
    expect(roleOf('Député de la Gironde')).toBe('elected-official');
    expect(roleOf('Member of Parliament')).toBe('elected-official');
    expect(roleOf('Депутат Государственной думы')).toBe('elected-official');
    expect(roleOf('Professor, Baku State University')).toBe('expert-academic');
    expect(roleOf('Dışişleri Bakanı')).toBe('government-official');
    expect(roleOf('Gazeteci')).toBe('staff-journalist');
    expect(roleOf('Paris')).toBeUndefined();
  });

  it('ignores name-and-role pairs early in the text, such as captions', () => {
    const text = `Ilham Aliyev\nPresident, Minister of Defence\n${prose}\n${prose}`;
    expect(extractBylines(text)).toEqual([]);
  });

  it('copes with empty and huge garbage input', () => {
    expect(extractBylines('')).toEqual([]);
    const garbage = 'Par A B, Ministre\nX Y\nDéputé\n'.repeat(40_000) + 'z'.repeat(1_000_000);
    const started = performance.now();
    extractBylines(garbage);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('isNameShaped', () => {
  it('accepts capitalised names with particles and rejects sentences', () => {
    expect(isNameShaped('Mazahir Afandiyev')).toBe(true);
    expect(isNameShaped('Charles de Gaulle')).toBe(true);
    expect(isNameShaped('JANE DOE')).toBe(true);
    expect(isNameShaped('Madonna')).toBe(false);
    expect(isNameShaped('Pour lire l’article complet de Mazahir Afandiyev')).toBe(false);
  });
});

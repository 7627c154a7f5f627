import { describe, expect, it } from 'vitest';
import { isPlausibleName, readAuthorNames } from './author-names';

const names = (credit: string) => readAuthorNames(credit).map((author) => author.name);

describe('readAuthorNames', () => {
  it('reads the names of credits as pages print them', () => {
    expect(names('By\n\t\t\tScott Cunningham')).toEqual(['Scott Cunningham']);
    expect(names('By GILLIAN MOHNEY\n  March 11, 2015 3:46 PM')).toEqual(['GILLIAN MOHNEY']);
    expect(names('By Erin Cunningham March 18 at 3:57 PM')).toEqual(['Erin Cunningham']);
    expect(names('Stella Kim, Jennifer Jett')).toEqual(['Stella Kim', 'Jennifer Jett']);
    expect(names('By Brenda  Goodman, MA\n WebMD Health News')).toEqual(['Brenda Goodman']);
    expect(names('Bradley M. Kuhn (http://ebb.org/bkuhn/)')).toEqual(['Bradley M. Kuhn']);
    expect(names('Richard (R.J.) Eskow')).toEqual(['Richard (R.J.) Eskow']);
    expect(names('By Alissa Wilkinson@alissamarie Updated Jul 24, 2018')).toEqual([
      'Alissa Wilkinson',
    ]);
  });

  it('keeps co-authors of an aside with the aside’s word as their role', () => {
    expect(readAuthorNames('Par Martin Untersinger (avec Damien Leloup et Morgane Tual)')).toEqual([
      { name: 'Martin Untersinger' },
      { name: 'Damien Leloup', role: 'avec' },
      { name: 'Morgane Tual', role: 'avec' },
    ]);
  });

  it('reads what follows a name as its role, not as more authors', () => {
    expect(readAuthorNames('By Jane Doe, Professor of History')).toEqual([
      { name: 'Jane Doe', role: 'Professor of History', roleId: 'expert-academic' },
    ]);
    expect(
      names('By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy Project'),
    ).toEqual(['Daniel Kahn Gillmor']);
  });

  it('finds no person in buttons, labels and dates', () => {
    for (const junk of [
      'Follow Author',
      'Post Writer Badge',
      'Times Topics',
      'Last Updated: January 7, 2025',
    ]) {
      expect(names(junk)).toEqual([]);
    }
    expect(isPlausibleName('Android Developers')).toBe(false);
    expect(isPlausibleName('肖春芳')).toBe(true);
  });
});

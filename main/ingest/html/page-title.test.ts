import { describe, expect, it } from 'vitest';
import { chooseTitle, stripSiteName } from './page-title';

describe('stripSiteName', () => {
  it('removes the site the page names, at either end', () => {
    expect(stripSiteName('Brexit deal agreed at last - BBC News', ['BBC News'])).toBe(
      'Brexit deal agreed at last',
    );
    expect(stripSiteName('eHow | How to Build a Terrarium', ['eHow'])).toBe(
      'How to Build a Terrarium',
    );
    // A dash inside the headline stays.
    expect(
      stripSiteName('Raspberry Pi 3 - The credit card sized PC - SimplyFound', ['SimplyFound']),
    ).toBe('Raspberry Pi 3 - The credit card sized PC');
  });

  it('removes short parts after a long headline, and Chinese sites’ underscored parts', () => {
    expect(
      stripSiteName('Get your Frontend JavaScript Code Covered | Code | Nicolas Perriault', []),
    ).toBe('Get your Frontend JavaScript Code Covered');
    expect(stripSiteName('海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网', [])).toBe(
      '海外留学生看两会：出国前后关注点大不同',
    );
  });
});

describe('chooseTitle', () => {
  it('prefers the headline the page prints over its SEO title', () => {
    const choice = chooseTitle({
      declared: [
        { source: 'og:title', title: 'The Modern Ambitions Behind Neon' },
        { source: 'title', title: 'A Brief History of Neon Signage - CityLab' },
      ],
      headings: ['Why Neon Is the Ultimate Symbol of the 20th Century'],
      siteNames: ['CityLab'],
    });
    expect(choice).toEqual({
      title: 'Why Neon Is the Ultimate Symbol of the 20th Century',
      source: 'h1',
      isPrinted: true,
    });
  });

  it('takes a declared title an <h1> confirms, as the <h1> writes it', () => {
    const choice = chooseTitle({
      declared: [{ source: 'title', title: 'Student Dies After Diet Pills - BuzzFeed News' }],
      headings: ['BuzzFeed', 'Student Dies After Diet Pills'],
      siteNames: ['BuzzFeed News'],
    });
    expect(choice).toMatchObject({ title: 'Student Dies After Diet Pills', isPrinted: true });
  });
});

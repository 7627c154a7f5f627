import { describe, expect, it } from 'vitest';
import { readJsonLd } from './page-json-ld';

describe('readJsonLd', () => {
  it('follows an @graph whose article points at its authors and publisher by @id', () => {
    const block = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': '#site', name: 'Le Journal' },
        { '@type': 'Organization', '@id': '#org', name: 'Le Journal SA' },
        { '@type': 'Person', '@id': '#jd', name: 'Jane Doe' },
        {
          '@type': ['NewsArticle', 'OpinionNewsArticle'],
          headline: 'Le corridor médian gagne en importance',
          author: [{ '@id': '#jd' }, { '@type': 'Person', name: 'Kadir Duran' }],
          publisher: { '@id': '#org' },
          datePublished: '2025-03-11T08:30:00+04:00',
          articleSection: ['Opinion'],
        },
      ],
    });
    expect(readJsonLd([block])).toEqual({
      siteName: 'Le Journal',
      organization: 'Le Journal SA',
      article: {
        type: 'NewsArticle',
        isOpinion: true,
        headline: 'Le corridor médian gagne en importance',
        authors: ['Jane Doe', 'Kadir Duran'],
        publisher: 'Le Journal SA',
        datePublished: '2025-03-11T08:30:00+04:00',
        sections: ['Opinion'],
      },
    });
  });

  it('reads blocks wrapped in CDATA, arrays of items, and skips what is not JSON', () => {
    const article = {
      '@type': 'ReportageNewsArticle',
      headline: 'Un titre',
      author: 'A B and C D',
    };
    const wrapped = `<![CDATA[\n${JSON.stringify([{ '@type': 'BreadcrumbList' }, article])}\n]]>`;
    const facts = readJsonLd(['{ not json', wrapped]);
    expect(facts.article).toMatchObject({
      type: 'ReportageNewsArticle',
      headline: 'Un titre',
      authors: ['A B', 'C D'],
    });
  });

  it('never takes the publisher for an author', () => {
    const block = JSON.stringify({
      '@type': 'Article',
      author: { '@type': 'Organization', name: 'BBC News' },
      publisher: { '@type': 'Organization', name: 'BBC News' },
    });
    expect(readJsonLd([block]).article?.authors).toEqual([]);
  });
});

/**
 * Metadata of real saved pages (Readability's test pages, tests/fixtures/readability-pages):
 * each field from the place the page puts it, with that place recorded.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../ingest-bytes';

function ingestPage(id: string) {
  const url = new URL(
    `../../../tests/fixtures/readability-pages/${id}/source.html`,
    import.meta.url,
  );
  const outcome = ingestBytes(readFileSync(url), {
    sourcePath: `/pages/html/${id}.html`,
    sourceName: `${id}.html`,
    modifiedAtMs: Date.UTC(2025, 0, 1),
  });
  if (outcome.kind !== 'article') throw new Error(outcome.failure.message);
  return outcome.article;
}

describe('metadata of saved news pages', () => {
  it('titles CityLab by its printed headline, credits its writer, not the photo agency', () => {
    const article = ingestPage('citylab-1');
    // og:title is the SEO title "The Modern Ambitions Behind Neon"; the <h1> is the headline.
    expect(article.title).toBe('Why Neon Is the Ultimate Symbol of the 20th Century');
    expect(article.metadata.bylines.map((credit) => credit.name)).toEqual(['Sarah Archer']);
    expect(article.metadata.publishedDate).toBe('2019-04-30T13:39');
    expect(article.metadata.publishedTimeZone).toBe('-04:00');
    expect(article.metadata.outlet?.name).toBe('CityLab');
    expect(article.metadata.sources).toMatchObject({
      byline: { kind: 'microdata' },
      publishedDate: { kind: 'microdata' },
      outlet: { kind: 'open-graph', detail: 'og:site_name' },
    });
  });

  it('credits the Salon author beside the headline, not a teaser’s author elsewhere', () => {
    const article = ingestPage('salon-1');
    expect(article.metadata.byline).toBe('Richard (R.J.) Eskow');
    expect(article.metadata.sources?.byline).toEqual({
      kind: 'rel-author',
      detail: 'rel="author"',
    });
    // The date line stands above the headline, outside the article and every tag.
    expect(article.metadata.publishedDate).toBe('2015-02-01T11:57');
    expect(article.metadata.publishedTimeZone).toBe('Z');
    // "… - Salon.com": the site's name the <title> adds, not part of the title.
    expect(article.title).toBe(
      'The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians',
    );
    expect(article.metadata.outlet?.name).toBe('Salon.com');
  });

  it('dates a Blogger post by the date header above its title, outside the article', () => {
    const article = ingestPage('blogger');
    expect(article.title).toBe('Open Verilog flow for Silego GreenPak4 programmable logic devices');
    expect(article.metadata.publishedDate).toBe('2016-05-08');
    // Blogger's `date-header`: no tag declares the date, and Readability leaves it out.
    expect(article.metadata.sources?.publishedDate).toEqual({
      kind: 'byline-markup',
      detail: 'date element',
    });
    expect(article.metadata.byline).toBe('Andrew Zonenberg');
  });

  it('reads Ars Technica’s title without its site and the time of its byline', () => {
    const article = ingestPage('ars-1');
    expect(article.title).toBe(
      'Just-released Minecraft exploit makes it easy to crash game servers',
    );
    expect(article.metadata.byline).toBe('Dan Goodin');
    expect(article.metadata.publishedDate).toBe('2015-04-16T20:02');
    expect(article.metadata.outlet?.name).toBe('Ars Technica');
    // The headline opens the text and is never page chrome.
    expect(article.text.startsWith(article.title)).toBe(true);
    expect(article.chromeRanges.some((range) => range.start < article.title.length)).toBe(false);
  });
});

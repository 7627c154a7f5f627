/**
 * What an analyst relies on when opening a saved page: the article is never cut silently,
 * an Arabic page is stored right to left, an opinion page is suggested as opinion, and a
 * date printed beside the headline is found.
 */
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../ingest-bytes';

function ingest(html: string) {
  const outcome = ingestBytes(Buffer.from(html), {
    sourcePath: '/pages/html/page.html',
    sourceName: 'page.html',
    modifiedAtMs: Date.UTC(2025, 0, 1),
  });
  if (outcome.kind !== 'article') throw new Error(outcome.failure.message);
  return outcome.article;
}

const paragraph = (n: number) =>
  `Paragraph ${n} of the report: the ministers of both countries discussed trade, transport ` +
  'and energy, and agreed that the corridor across the Caspian Sea would carry more goods.';
const paragraphs = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `<p>${paragraph(from + i)}</p>`).join('');

describe('extractHtml through ingestBytes', () => {
  it('records the prose the article leaves out of its page, which stays in the page text', () => {
    const article = ingest(
      `<html><head><title>Ministers agree</title></head><body><article><h1>Ministers agree</h1>` +
        `${paragraphs(1, 4)}<button>Read more</button>` +
        `<div class="more" style="display:none">${paragraphs(5, 8)}</div></article></body></html>`,
    );
    expect(article.text).not.toContain('Paragraph 5');
    expect(article.pageText).toContain(paragraph(8));
    expect(article.metadata.leftOut).toEqual({ chars: 4 * paragraph(5).length, paragraphs: 4 });

    // Readers' comments under an article are not article left out.
    const comments = Array.from(
      { length: 6 },
      (_, n) => `<li><b>reader${n}</b><p>${paragraph(20 + n)}</p><a>Reply</a></li>`,
    ).join('');
    const commented = ingest(
      `<html><body><article><h1>Ministers agree</h1>${paragraphs(1, 4)}</article>` +
        `<section class="comments"><h2>Comments</h2><ul>${comments}</ul></section></body></html>`,
    );
    expect(commented.pageText).toContain(paragraph(25));
    expect(commented.metadata.leftOut).toBeUndefined();
  });

  it('stores an Arabic page marked dir="rtl" right to left, its headline its first line', () => {
    const title = 'وزير الخارجية يلتقي نظيره الكازاخي في باكو';
    const text =
      'التقى وزير الخارجية الأذربيجاني اليوم في باكو نظيره الكازاخي، وبحث الجانبان آفاق التعاون الاقتصادي بين البلدين في مجالات النقل والطاقة والتجارة.';
    const article = ingest(
      `<html lang="ar" dir="rtl"><head><title>${title}</title></head><body><article>` +
        `<h1>${title}</h1><p>${text}</p><p>${text}</p></article></body></html>`,
    );
    expect(article.language).toBe('ar');
    expect(article.metadata.direction).toBe('rtl');
    expect(article.metadata.sources?.direction).toEqual({ kind: 'html-attribute', detail: 'dir' });
    expect(article.text.startsWith(`${title}\n\n`)).toBe(true);
    expect(article.chromeRanges).toEqual([]);
  });

  it('suggests the genre "opinion" for a page its JSON-LD types OpinionNewsArticle', () => {
    const jsonLd = JSON.stringify({
      '@type': 'OpinionNewsArticle',
      headline: 'Ministers agree',
      author: { '@type': 'Person', name: 'Jane Doe' },
    });
    const article = ingest(
      `<html><head><script type="application/ld+json">${jsonLd}</script></head><body>` +
        `<article><h1>Ministers agree</h1>${paragraphs(1, 3)}</article></body></html>`,
    );
    expect(article.metadata.suggestions).toContainEqual({
      field: 'genre',
      value: 'opinion',
      reason: 'The page types it OpinionNewsArticle (JSON-LD)',
    });
    expect(article.metadata.bylines).toEqual([{ name: 'Jane Doe', kind: 'document' }]);
  });

  it('finds the date printed under the headline, outside the article and every tag', () => {
    const article = ingest(
      `<html><body><div class="head"><h1>Ministers agree on a corridor</h1>` +
        `<div>posted on April 21, 2015, at 11:29 a.m.</div></div>` +
        `<div class="story">${paragraphs(1, 4)}</div></body></html>`,
    );
    expect(article.metadata.publishedDate).toBe('2015-04-21T11:29');
    expect(article.metadata.sources?.publishedDate).toEqual({
      kind: 'text',
      detail: 'beside the headline',
    });
  });
});

/**
 * Text dumps of real pages (Chromium's `innerText` of Readability's test pages, made by
 * scripts/make-page-dumps.mjs, in tests/fixtures/readability-pages/dumps): the analyst
 * gets the article as body and its headline as title, and the page around it as chrome.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../ingest-bytes';

function ingestDump(name: string, content?: string) {
  const text =
    content ??
    readFileSync(
      new URL(`../../../tests/fixtures/readability-pages/dumps/${name}`, import.meta.url),
      'utf8',
    );
  const outcome = ingestBytes(Buffer.from(text), {
    sourcePath: `/dumps/txt/${name}`,
    sourceName: name,
    modifiedAtMs: Date.UTC(2025, 0, 1),
  });
  if (outcome.kind !== 'article') throw new Error(outcome.failure.message);
  return outcome.article;
}

const bodyOf = (article: ReturnType<typeof ingestDump>) =>
  article.bodyRanges.map((range) => article.text.slice(range.start, range.end)).join('\n');

describe('page dumps', () => {
  it('reads the Washington Post dump: headline, byline with its undated time, article only', () => {
    const article = ingestDump('wapo-2.txt');
    expect(article.title).toBe(
      'Where do strained U.S.-Israeli relations go after Netanyahu’s victory?',
    );
    expect(article.metadata.bylines.map((credit) => credit.name)).toEqual(['Steven Mufson']);
    const body = bodyOf(article);
    expect(body).toContain('President Obama told the U.N. General Assembly 18 months ago');
    // Comments badges are not the body, nor their "Post Writer Badge" a credit.
    expect(body).not.toContain('Badge');
  });

  it('keeps a code-heavy article whole, its listings and tables included', () => {
    const article = ingestDump('toc-missing.txt');
    const body = bodyOf(article);
    expect(body).toContain('Many developers think that having a critical bug');
    expect(body).toContain('WITH calculations_over_window AS (');
    expect(body).toContain('Conclusion');
    expect(article.title).toBe('Simple Anomaly Detection Using Plain SQL');
  });

  it('leaves cookie and sign-in prompts, related teasers and topics out of the body', () => {
    const article = ingestDump('medicalnewstoday.txt');
    const body = bodyOf(article);
    expect(article.title).toBe(
      'How does the brain turn unconscious information into conscious thought?',
    );
    expect(body).toContain('Neuroscience tells us that most of the work done by our brains');
    expect(body).not.toContain('We use cookies');
    expect(body).not.toContain('Sign up for a free Medical News Today account');
    expect(body).not.toContain('Pets benefit our mental health');
  });

  it('takes the Ars Technica headline above its deck and dated byline', () => {
    const article = ingestDump('ars-1.txt');
    expect(article.title).toBe(
      'Just-released Minecraft exploit makes it easy to crash game servers',
    );
    expect(article.metadata.bylines.map((credit) => credit.name)).toEqual(['Dan Goodin']);
  });
});

const paragraph = (n: number) =>
  `Paragraph ${n}: the ministers discussed trade, transport and energy at length, and agreed that the corridor would carry more goods next year.`;

describe('page dumps: what the body finder crosses and what it stops at', () => {
  it('reads on past a "Read more" box of teasers inside the article', () => {
    const text = [
      'Ministers agree on a Caspian corridor',
      '',
      paragraph(1),
      '',
      paragraph(2),
      '',
      'Read more',
      'Oil prices rise after pipeline deal',
      'Jane Doe',
      'Mar 9, 2025',
      'Ferry traffic doubles across the Caspian',
      'John Roe',
      'Mar 2, 2025',
      '',
      paragraph(3),
      '',
      paragraph(4),
    ].join('\n');
    const body = bodyOf(ingestDump('corridor.txt', text));
    expect(body).toContain(paragraph(1));
    expect(body).toContain(paragraph(4));
    expect(body).not.toContain('Oil prices rise');
  });

  it('takes a line of raw markup for chrome, however long', () => {
    // A <noscript> block printed as text: 1,500 characters of tags with words in them.
    const noscript = Array.from(
      { length: 12 },
      (_, n) =>
        `<div class="promo"><a href="https://ads.example/click?id=${n}"><img src="https://ads.example/${n}.png" alt="Best offers in town today, only for readers of this fine site"></a></div>`,
    ).join('');
    const menu = ['Home', 'World', 'Business', 'Sport', 'Culture', 'Weather'];
    const text = [noscript, ...menu, '', paragraph(1), '', paragraph(2)].join('\n');
    const article = ingestDump('pixel.txt', text);
    expect(bodyOf(article)).not.toContain('<img');
    expect(bodyOf(article)).toContain(paragraph(1));
  });
});

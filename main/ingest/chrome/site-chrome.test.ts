import { describe, expect, it } from 'vitest';
import type { IngestedArticle } from '../../../preload/api';
import { ingestBytes } from '../ingest-bytes';
import { siteChromeLines, withSiteChrome } from './site-chrome';

const PROMO = 'Our weekly podcast returns on Friday with interviews from Baku, Astana and Tbilisi.';
const STORIES = [
  'The foreign ministers of Azerbaijan and Kazakhstan signed an action plan for the coming two years, covering trade, transport and energy.',
  'Freight volumes on the Middle Corridor doubled in two years, the transport ministry said, as new ferries entered service on the Caspian Sea.',
  'A delegation of parliamentarians visited Brussels to discuss energy cooperation and the connectivity projects of the South Caucasus.',
  'The central bank kept its key rate unchanged, citing stable inflation and a strong manat after a year of high energy exports.',
];

function dump(story: string, index: number): IngestedArticle {
  return titledDump(`Headline number ${index + 1} about the region`, story, index);
}

function titledDump(headline: string, story: string, index: number): IngestedArticle {
  const text = `${headline}\n\n${story} ${story}\n${PROMO}\n`;
  const outcome = ingestBytes(new TextEncoder().encode(text), {
    sourcePath: `/site/page-${index}.txt`,
    sourceName: `page-${index}.txt`,
    modifiedAtMs: 0,
  });
  if (outcome.kind !== 'article') throw new Error(outcome.failure.message);
  return outcome.article;
}

const bodyText = (a: IngestedArticle) =>
  a.bodyRanges.map((r) => a.text.slice(r.start, r.end)).join('\n');

describe('site chrome', () => {
  it('finds the lines most dumps of a folder share, not the ones two of them share', () => {
    const texts = ['a\nshared\nboth', 'b\nshared\nboth', 'c\nshared', 'd\nshared'];
    expect([...siteChromeLines(texts)]).toEqual(['shared']);
  });

  it('marks a line every page of the folder repeats as chrome, where one page alone could not', () => {
    const pages = STORIES.map(dump);
    expect(bodyText(pages[0]!)).toContain(PROMO); // alone, the promo reads as prose
    const redone = withSiteChrome(pages);
    for (const page of redone) {
      expect(bodyText(page)).not.toContain(PROMO);
      expect(bodyText(page)).toContain(page.text.split('\n')[2]!.slice(0, 40));
    }
  });

  it('leaves articles of folders with fewer than three dumps, and extracted formats, alone', () => {
    const two = STORIES.slice(0, 2).map(dump);
    expect(withSiteChrome(two)).toEqual(two);
    const html = { ...dump(STORIES[0]!, 0), format: 'html' as const };
    expect(withSiteChrome([html, ...STORIES.slice(1).map(dump)])[0]).toBe(html);
  });

  it("counts the library's dumps of the folder, sent as the index's line counts", () => {
    // A short headline: alone, the page's title is the promo, which looks more like one.
    const latest = titledDump('Rates on hold', STORIES[3]!, 3);
    const held = (pages: number) => [{ folder: '/site', pages, lines: [{ line: PROMO, pages }] }];
    const [redone] = withSiteChrome([latest], held(2));
    expect(bodyText(redone!)).not.toContain(PROMO);
    expect(latest.title).toBe(PROMO);
    expect(redone!.title).toBe('Rates on hold');
    // One stored page and the new one make two: not enough to call a line the site's.
    const [alone] = withSiteChrome([latest], held(1));
    expect(alone).toBe(latest);
  });

  it("measures a stored line against all the folder's dumps, not only those sent", () => {
    const latest = titledDump('Rates on hold', STORIES[3]!, 3);
    // Two of ten stored dumps and the new one hold the promo: 3 of 11, under half.
    const few = [{ folder: '/site', pages: 10, lines: [{ line: PROMO, pages: 2 }] }];
    expect(withSiteChrome([latest], few)[0]).toBe(latest);
    // Six of ten and the new one: 7 of 11.
    const most = [{ folder: '/site', pages: 10, lines: [{ line: `• ${PROMO}`, pages: 6 }] }];
    expect(bodyText(withSiteChrome([latest], most)[0]!)).not.toContain(PROMO);
  });
});

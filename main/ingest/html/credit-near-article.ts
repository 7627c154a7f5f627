/**
 * A byline a page prints outside its article and its markup: "Posted by Alon Zakai." under
 * the post, a "By …" line beside the headline in a block Readability leaves out. Read in
 * the whole page text, on the lines around the headline and just after the article's last
 * paragraph, when the page declares no author.
 */
import { extractBylines, type Byline } from '../metadata/extract-byline';

/** Non-blank lines read around the headline and after the article. */
const LINES_AROUND = 6;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The bylines on the short lines around `headline` and after `lastParagraph` (both lines
 * of `pageText`, whitespace collapsed), in that order; empty when neither is found. Pure.
 */
export function findCreditsNearArticle(
  pageText: string,
  headline: string,
  lastParagraph: string,
): Byline[] {
  const lines = pageText.split('\n').map(collapse);
  const around = (wanted: string, before: number, after: number) => {
    const at = wanted === '' ? -1 : lines.indexOf(collapse(wanted));
    if (at < 0) return [];
    const above = lines
      .slice(0, at)
      .filter((line) => line !== '')
      .slice(-before);
    const below = lines
      .slice(at + 1)
      .filter((line) => line !== '')
      .slice(0, after);
    return [...above, ...below];
  };
  const nearby = [
    ...around(headline, LINES_AROUND, LINES_AROUND),
    ...around(lastParagraph, 0, LINES_AROUND),
  ];
  return extractBylines(nearby.join('\n')).filter((byline) => byline.kind === 'byline');
}

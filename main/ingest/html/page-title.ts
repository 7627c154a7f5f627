/**
 * An article's title from the many a page gives: the JSON-LD headline, `og:title`,
 * `<title>` and the `<h1>` the reader sees, without the site's name that pages add to
 * their `<title>` ("… - BBC News", "eHow | …").
 *
 * The declared titles are exact but sometimes cut (Google asks for headlines under 110
 * characters) or carry the site's name; the `<h1>` is what the article prints but pages
 * also put their logo in one. So a declared title that an `<h1>` confirms wins, as the
 * `<h1>` writes it; else the most trusted declared title, its site name removed.
 */

/** A title and where it was read. */
export interface TitleChoice {
  title: string;
  /** The candidate it came from (`json-ld`, `og:title`, `title`, `h1`…). */
  source: string;
  /** Whether the page prints it as an `<h1>` (then `title` is the `<h1>`'s text). */
  isPrinted: boolean;
}

/** The titles a page gives, each as written (whitespace collapsed). */
export interface TitleCandidates {
  /** Declared titles, most trusted first, each with its source name. */
  declared: readonly { source: string; title: string }[];
  /** Texts of the page's first `<h1>` elements, in page order. */
  headings: readonly string[];
  /** Names the site goes by (`og:site_name`, publisher, domain), to strip from titles. */
  siteNames: readonly string[];
}

// A site's name is set off by a bar, a dash, a bullet, an at sign or a double colon, spaced
// both sides. Chinese sites chain parts with underscores ("标题_教育频道_中国青年网"), but
// an underscore may also sit inside a headline ("新竹尖石_美樹營地賞楓 @ 部落格"): it
// separates only in titles with two or more of them and no other separator.
const SEPARATOR = /\s+(?:[|·•»«/@]|[-–—]|::)\s+/u;
const UNDERSCORE =
  /\s*(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\s])_(?=[\p{Script=Han}\s])\s*/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const MAX_SITE_WORDS = 5;
const MIN_HEADLINE_WORDS = 4;
const MAX_SUFFIX_WORDS = 3;

/**
 * How many words `text` has, counting scripts written without spaces by characters (a
 * 12-character Chinese headline weighs as four words).
 */
function wordCount(text: string): number {
  const words = text.split(/\s+/).filter((word) => word !== '').length;
  return CJK.test(text) ? Math.max(words, Math.floor(text.replace(/\s/g, '').length / 3)) : words;
}

/** Letters and digits only, lower case: "BBC News" and "bbc-news" compare equal. */
export const foldTitle = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');

function isSiteName(part: string, siteNames: readonly string[]): boolean {
  const folded = foldTitle(part);
  if (folded === '') return true;
  return siteNames.some((name) => {
    const site = foldTitle(name);
    if (site.length < 2) return false;
    // "Ars Technica" in "Ars Technica UK", "nytimes" in "The New York Times" (domain).
    return (
      folded === site || (site.length >= 4 && (folded.includes(site) || site.includes(folded)))
    );
  });
}

/** `title` split at its separators, which odd indexes hold (so parts join back as written). */
function titlePieces(title: string): string[] {
  const separator =
    !SEPARATOR.test(title) && title.split(UNDERSCORE).length > 2 ? UNDERSCORE : SEPARATOR;
  return title.split(new RegExp(`(${separator.source})`, 'u'));
}

/** The parts of `title` between its separators ("Headline | Site" has two). Pure. */
export function titleParts(title: string): string[] {
  return titlePieces(title).filter((_, i) => i % 2 === 0);
}

/**
 * `title` without leading or trailing parts that name the site (split at spaced bars,
 * dashes, bullets or `::`), or that an `<h1>` shows to be extra: "Headline | Section |
 * Site" with `<h1>` "Headline" gives "Headline". Parts in the middle are kept. Pure.
 */
export function stripSiteName(
  title: string,
  siteNames: readonly string[],
  headings: readonly string[] = [],
): string {
  const pieces = titlePieces(title);
  const parts = pieces.filter((_, i) => i % 2 === 0);
  if (parts.length === 1) return title;
  const joinParts = (from: number, to: number) =>
    pieces
      .slice(2 * from, 2 * to - 1)
      .join('')
      .trim();
  // When an <h1> is one run of the parts, that run is the headline; but not a short run
  // inside the title, which is the blog's or site's name printed as a logo.
  const folded = headings.map(foldTitle).filter((h) => h.length > 0);
  for (let from = 0; from < parts.length; from++) {
    for (let to = parts.length; to > from; to--) {
      const run = parts.slice(from, to).join(' ');
      const isHeading = folded.includes(foldTitle(run));
      if (isHeading && (from === 0 || wordCount(run) >= MIN_HEADLINE_WORDS)) {
        return joinParts(from, to);
      }
    }
  }
  let from = 0;
  let to = parts.length;
  const isSite = (part: string) => wordCount(part) <= MAX_SITE_WORDS && isSiteName(part, siteNames);
  while (to - from > 1 && isSite(parts[to - 1]!)) to--;
  while (to - from > 1 && isSite(parts[from]!)) from++;
  // "Headline of five words | Code | Jane Doe": short trailing parts after a long first
  // one are a section and a site the page did not name elsewhere.
  if (wordCount(parts[from]!) >= MIN_HEADLINE_WORDS) {
    while (to - from > 1 && wordCount(parts[to - 1]!) <= MAX_SUFFIX_WORDS) to--;
  }
  return joinParts(from, to);
}

/**
 * The article's title among `candidates`: the first declared title (site name removed)
 * that an `<h1>` repeats, as the `<h1>` writes it; else the first declared title with its
 * site name removed; else the first `<h1>`. `undefined` when the page gives none. Pure.
 */
export function chooseTitle(candidates: TitleCandidates): TitleChoice | undefined {
  const { declared, headings, siteNames } = candidates;
  const cleaned = declared
    .map(({ source, title }) => ({ source, title: stripSiteName(title, siteNames, headings) }))
    .filter(({ title }) => foldTitle(title) !== '');
  for (const candidate of cleaned) {
    const folded = foldTitle(candidate.title);
    // The <h1> may leave out what the declared title adds ("… （CNET Japan）").
    const heading = headings.find((h) => {
      const printed = foldTitle(h);
      return (
        printed === folded || (folded.startsWith(printed) && printed.length >= folded.length * 0.7)
      );
    });
    if (heading !== undefined) return { title: heading, source: candidate.source, isPrinted: true };
  }
  // Declared titles are often the SEO title, not the printed headline: an <h1> shaped like
  // a headline (a logo or a section name is shorter) is what the reader sees.
  const printed = headings.find(
    (h) => wordCount(h) >= MIN_HEADLINE_WORDS && !isSiteName(h, siteNames),
  );
  if (printed !== undefined) return { title: printed, source: 'h1', isPrinted: true };
  const first = cleaned[0];
  if (first) return { ...first, isPrinted: false };
  const heading = headings.find((h) => foldTitle(h) !== '');
  return heading === undefined ? undefined : { title: heading, source: 'h1', isPrinted: true };
}

/**
 * A title for an article that has no markup saying which line is the title.
 *
 * Plain-text articles are often page dumps: a menu, prices and "COPYRIGHT" banners come
 * first, and the headline appears several times (page title, breadcrumb, heading, share
 * box). So a headline-shaped line that repeats is preferred over the first line.
 */

/** Longest title kept, in UTF-16 code units, ellipsis included. */
export const MAX_TITLE_CHARS = 200;
const MIN_HEADLINE_CHARS = 20;
const MIN_HEADLINE_WORDS = 4;
// Only the top of a long text is searched: the headline is there, and the cost stays flat.
const MAX_CHARS_SEARCHED = 256 * 1024;

function topLines(text: string): string[] {
  return text.slice(0, MAX_CHARS_SEARCHED).split('\n');
}

// Bullets, dashes, quote markers and Markdown heading hashes that decorate a line's start.
const LEADING_DECORATION = /^[\s•·▪▫◦‣⁃►▶*+\-–—>#]+/u;
const HAS_LETTER = /\p{L}/u;

/** `line` without the bullets, dashes and `#` that decorate its start. */
export function clean(line: string): string {
  return line.replace(LEADING_DECORATION, '').trim();
}

/** Whether `line` looks like a headline: 20–200 characters, 4 words or more, mixed case. */
export function isHeadlineShaped(line: string): boolean {
  if (line.length < MIN_HEADLINE_CHARS || line.length > MAX_TITLE_CHARS) return false;
  const words = line.split(/\s+/).filter((w) => HAS_LETTER.test(w));
  // Mixed case rules out ALL-CAPS menus and banners ("BRUXELLES KORNER BLOG COPYRIGHT").
  return words.length >= MIN_HEADLINE_WORDS && isMixedCase(line);
}

/**
 * Whether `line` has both upper and lower case, as headlines do and ALL-CAPS menus do not;
 * a line in a script without case (Arabic, Hebrew, Chinese) counts as mixed. Pure.
 */
export function isMixedCase(line: string): boolean {
  const hasUpper = /\p{Lu}/u.test(line);
  const hasLower = /\p{Ll}/u.test(line);
  if (hasUpper || hasLower) return hasUpper && hasLower;
  return /\p{Lo}/u.test(line);
}

/** Cuts `text` to `MAX_TITLE_CHARS`, at a word boundary when one is near, with "…". */
export function truncateTitle(text: string): string {
  if (text.length <= MAX_TITLE_CHARS) return text;
  let cut = MAX_TITLE_CHARS - 1;
  // Never split a surrogate pair (an emoji would turn into U+FFFD).
  if (/[\ud800-\udbff]/.test(text.charAt(cut - 1))) cut--;
  const space = text.lastIndexOf(' ', cut);
  const end = space > MAX_TITLE_CHARS * 0.6 ? space : cut;
  return `${text.slice(0, end).trimEnd()}…`;
}

/**
 * The title of a plain-text article (lines separated by `\n`):
 * 1. the first line shaped like a headline (20–200 characters, at least 4 words, upper and
 *    lower case) that occurs more than once in the text;
 * 2. else the first headline-shaped line;
 * 3. else the first non-empty line, truncated to 200 characters;
 * 4. else an empty string.
 * Leading bullets and Markdown `#` are removed from the line first. Pure.
 */
export function extractTitle(text: string): string {
  const lines = topLines(text).map(clean);
  const counts = new Map<string, number>();
  for (const line of lines) if (line !== '') counts.set(line, (counts.get(line) ?? 0) + 1);
  const headlines = lines.filter(isHeadlineShaped);
  const title =
    headlines.find((line) => (counts.get(line) ?? 0) > 1) ??
    headlines[0] ??
    lines.find((line) => line !== '') ??
    '';
  return truncateTitle(title);
}

/**
 * The title of a Markdown article: the text of its first level-1 ATX heading (`# Title`,
 * closing hashes removed), or else what `extractTitle` finds. Pure.
 */
export function extractMarkdownTitle(text: string): string {
  const heading = /^ {0,3}# +(.*?)(?: +#+)? *$/m.exec(text.slice(0, MAX_CHARS_SEARCHED));
  const headingText = heading?.[1]?.trim();
  return headingText ? truncateTitle(headingText) : extractTitle(text);
}

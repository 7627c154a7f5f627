/**
 * Page chrome in scraped text dumps: menus, currency tickers, share buttons, reaction
 * counters, related-headline blocks, footers and repeated lines around the article.
 *
 * The text is never changed: the result is ranges over the normalised text (UTF-16 code
 * units, `\n` lines), so annotation offsets stay faithful and the analyst can move the
 * split with `markAsBody` / `markAsChrome` from `body-ranges.ts`.
 *
 * How: every line is described (`line-features.ts`) and scored as prose or not; the body
 * is the densest block of prose, widened to its headline and byline above and its
 * signature below (`find-body.ts`); every other non-blank line gets a kind
 * (`classify-chrome.ts`).
 */
import { normaliseRanges, type TextSpan } from './body-ranges';
import { type ChromeKind, classifyChromeLines } from './classify-chrome';
import { findBody } from './find-body';
import { findHeadline } from './find-headline';
import { describeLines } from './line-features';

export type { ChromeKind } from './classify-chrome';

/** A stretch of chrome: consecutive lines of one kind (blank lines between them included). */
export interface ChromeRange extends TextSpan {
  readonly kind: ChromeKind;
}

/** The split of a text into article body and page chrome. */
export interface ChromeDetection {
  /** Normalised body ranges, each from the start of a line to the end of a line. */
  readonly bodyRanges: TextSpan[];
  /** Chrome ranges in text order, never overlapping `bodyRanges`. */
  readonly chromeRanges: ChromeRange[];
  /** The line that reads as the body's headline (see `findHeadline`), when one does. */
  readonly headline?: TextSpan;
}

/** Options for `detectChrome`. */
export interface DetectChromeOptions {
  /**
   * Lines seen on other pages of the same site (bullets and outer spaces removed, as
   * `cleanLine` does). They count as repeated chrome, like lines repeated within the text.
   */
  readonly knownChromeLines?: ReadonlySet<string>;
}

/**
 * Splits normalised `text` (see `normaliseText`) into body and chrome ranges. Blank lines
 * outside the body belong to neither unless they sit between two lines of one chrome kind.
 * A text with no block of prose has no body: everything non-blank is chrome. Pure.
 */
export function detectChrome(text: string, options: DetectChromeOptions = {}): ChromeDetection {
  const lines = describeLines(text, options.knownChromeLines);
  const body = findBody(lines);
  const isBody = (i: number) =>
    body !== null && i >= body.first && i <= body.last && !body.cut.has(i);

  const bodyRanges: TextSpan[] = [];
  let open: TextSpan | null = null;
  for (const line of lines) {
    if (line.isBlank) continue;
    if (isBody(line.index)) {
      open = open ? { start: open.start, end: line.end } : { start: line.start, end: line.end };
    } else if (open) {
      bodyRanges.push(open);
      open = null;
    }
  }
  if (open) bodyRanges.push(open);

  const kinds = classifyChromeLines(lines, isBody);
  const chromeRanges: ChromeRange[] = [];
  // A body line (blank ones inside the body too) ends a chrome run; other blanks pause it.
  let hasBodySince = false;
  for (const line of lines) {
    const kind = kinds.get(line.index);
    if (kind === undefined) {
      hasBodySince ||= isBody(line.index);
      continue;
    }
    const last = chromeRanges.at(-1);
    if (last?.kind === kind && !hasBodySince) {
      chromeRanges[chromeRanges.length - 1] = { ...last, end: line.end };
    } else {
      chromeRanges.push({ start: line.start, end: line.end, kind });
    }
    hasBodySince = false;
  }
  const headline = body ? findHeadline(lines, body.first) : undefined;
  const detection = { bodyRanges: normaliseRanges(bodyRanges), chromeRanges };
  return headline
    ? { ...detection, headline: { start: headline.start, end: headline.end } }
    : detection;
}

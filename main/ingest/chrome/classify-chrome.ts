/**
 * Names the kind of every chrome line, once the body is known. A line's own vocabulary
 * wins (a "©" line is a footer wherever it is); then its context (the headlines under
 * "İlgili Haberler" are related links); then repetition; then shape (runs of short lines
 * are menus).
 */
import type { LineInfo } from './line-features';

/** What a stretch of page chrome is. `other` is chrome that matches no pattern. */
export type ChromeKind =
  | 'navigation'
  | 'ticker'
  | 'share-widget'
  | 'reactions'
  | 'related'
  | 'footer'
  | 'repeated'
  | 'other';

/** How many headline lines after a "related" marker are taken as its links. */
const MAX_RELATED_LINKS = 12;
/** Menu items: at most this many characters and words, and no full stop. */
const MAX_MENU_CHARS = 40;
const MAX_MENU_WORDS = 5;
/** Unbulleted short lines form a menu only in runs of this length. */
const MIN_MENU_RUN = 3;

function isMenuShaped(line: LineInfo): boolean {
  return (
    !line.isBlank &&
    line.clean.length <= MAX_MENU_CHARS &&
    line.words <= MAX_MENU_WORDS &&
    !line.endsSentence
  );
}

/** Lines that follow a related marker and look like teaser headlines. */
function relatedLinks(lines: readonly LineInfo[], isBody: (i: number) => boolean): Set<number> {
  const links = new Set<number>();
  lines.forEach((marker) => {
    if (marker.hint !== 'related-marker') return;
    let taken = 0;
    for (let i = marker.index + 1; i < lines.length && taken < MAX_RELATED_LINKS; i++) {
      const line = lines[i];
      if (!line || isBody(i)) break;
      if (line.isBlank) continue;
      if (line.hint !== null && line.hint !== 'reactions') break;
      links.add(i);
      taken++;
    }
  });
  return links;
}

/** Indexes of lines in runs of `MIN_MENU_RUN` or more menu-shaped lines (blanks end a run). */
function menuRuns(lines: readonly LineInfo[], isBody: (i: number) => boolean): Set<number> {
  const runs = new Set<number>();
  let run: number[] = [];
  const flush = () => {
    if (run.length >= MIN_MENU_RUN) run.forEach((i) => runs.add(i));
    run = [];
  };
  for (const line of lines) {
    if (!isBody(line.index) && isMenuShaped(line)) run.push(line.index);
    else flush();
  }
  flush();
  return runs;
}

/**
 * The kind of each non-blank line for which `isBody` is false, by line index. Pure.
 */
export function classifyChromeLines(
  lines: readonly LineInfo[],
  isBody: (index: number) => boolean,
): Map<number, ChromeKind> {
  const links = relatedLinks(lines, isBody);
  const menus = menuRuns(lines, isBody);
  const kinds = new Map<number, ChromeKind>();
  for (const line of lines) {
    if (line.isBlank || isBody(line.index)) continue;
    kinds.set(line.index, kindOf(line, links, menus, lines));
  }
  return kinds;
}

function kindOf(
  line: LineInfo,
  links: ReadonlySet<number>,
  menus: ReadonlySet<number>,
  lines: readonly LineInfo[],
): ChromeKind {
  if (line.hint === 'related-marker') return 'related';
  if (line.hint !== null) return line.hint;
  if (links.has(line.index)) return 'related';
  if (line.isKnownChrome || line.occurrences.length > 1) return 'repeated';
  if (menus.has(line.index) || (line.isBullet && isMenuShaped(line))) return 'navigation';
  // Teasers without a marker: two or more headlines in a row, none ending a sentence.
  const neighbours = [lines[line.index - 1], lines[line.index + 1], lines[line.index + 2]];
  const isTeaser = (l: LineInfo | undefined) => l?.isHeadlineShaped === true && !l.endsSentence;
  if (isTeaser(line) && neighbours.some(isTeaser)) return 'related';
  return 'other';
}

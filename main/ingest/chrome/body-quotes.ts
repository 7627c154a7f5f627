/**
 * Body ranges written as quotes of their first and last lines, so that a person can read
 * and review them (the chrome corpus stores them this way) and they survive a re-saved
 * file whose offsets moved.
 *
 * A quote is one or more whole lines joined by `\n`, compared with each line's outer
 * spaces and bullets removed. When one line is not unique (a headline printed five times),
 * the quote takes the next lines too until it is.
 */
import { normaliseRanges, type TextSpan } from './body-ranges';
import { cleanLine } from './line-features';

/** A body range as the text its first lines start with and its last lines end with. */
export interface BodyQuote {
  readonly first: string;
  readonly last: string;
}

interface Line {
  readonly start: number;
  readonly end: number;
  readonly clean: string;
}

function splitLines(text: string): Line[] {
  let offset = 0;
  return text.split('\n').map((line) => {
    const lead = line.length - line.trimStart().length;
    const span = { start: offset + lead, end: offset + line.trimEnd().length };
    offset += line.length + 1;
    return { ...span, clean: cleanLine(line) };
  });
}

/** Line indexes `i` (from `from` on) where the lines of `quote` start, in order. */
function matchesOf(lines: readonly Line[], quote: string, from = 0): number[] {
  const wanted = quote.split('\n').map(cleanLine);
  const found: number[] = [];
  for (let i = from; i + wanted.length <= lines.length; i++) {
    if (wanted.every((w, k) => lines[i + k]?.clean === w)) found.push(i);
  }
  return found;
}

/**
 * Offsets of the body ranges that `quotes` name in `text`: each from the start of its
 * `first` quote to the end of its `last` quote, which must come after it. Throws when a
 * `first` quote is missing or matches more than once in `text`, or a `last` quote is
 * missing or matches more than once after its `first`: an ambiguous fixture is a bug.
 */
export function resolveBodyQuotes(text: string, quotes: readonly BodyQuote[]): TextSpan[] {
  const lines = splitLines(text);
  return normaliseRanges(
    quotes.map(({ first, last }) => {
      const starts = matchesOf(lines, first);
      if (starts.length !== 1) throw new Error(`"first" matches ${starts.length} times: ${first}`);
      const begin = starts[0] as number;
      const ends = matchesOf(lines, last, begin);
      if (ends.length !== 1) throw new Error(`"last" matches ${ends.length} times: ${last}`);
      const endLine = lines[(ends[0] as number) + last.split('\n').length - 1] as Line;
      return { start: (lines[begin] as Line).start, end: endLine.end };
    }),
  );
}

/** The shortest run of whole lines, from `index` on (or back from it), that is unique. */
function uniqueQuote(lines: readonly Line[], index: number, step: 1 | -1): string {
  for (let n = 1; n <= lines.length; n++) {
    const from = step === 1 ? index : index - n + 1;
    const run = lines.slice(Math.max(0, from), from + n).map((l) => l.clean);
    const quote = run.join('\n');
    const isAtEdge = step === 1 ? from + n >= lines.length : from <= 0;
    // A quote never ends on a blank line: it would read as unique but say nothing.
    const isBlankEdge = (step === 1 ? run.at(-1) : run[0]) === '';
    if ((!isBlankEdge && matchesOf(lines, quote).length === 1) || isAtEdge) return quote;
  }
  return lines[index]?.clean ?? '';
}

/**
 * The inverse of `resolveBodyQuotes`, to draft a fixture from a detector's output: each
 * range as quotes of the lines it starts and ends on, lengthened until unique.
 */
export function quoteBodyRanges(text: string, ranges: readonly TextSpan[]): BodyQuote[] {
  const lines = splitLines(text);
  const lineAt = (offset: number) =>
    lines.findIndex((l, i) => offset <= l.end || i === lines.length - 1);
  return normaliseRanges(ranges).map((r) => ({
    first: uniqueQuote(lines, lineAt(r.start), 1),
    last: uniqueQuote(lines, lineAt(r.end - 1), -1),
  }));
}

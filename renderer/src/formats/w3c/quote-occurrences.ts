/**
 * Where a W3C quote occurs in one article's text, and which occurrence fits best, for every
 * annotation of the article that must be found by its quote.
 *
 * Why an index: searching the text per annotation, and weighing every occurrence, is
 * quadratic: 3,000 annotations quoting "e" in a 200 KB article took 5 s. Here the text is
 * scanned once per distinct quote (offsets kept, sorted), and the occurrences are grouped
 * once per quote and context length by the text just before and after them, so one
 * annotation costs a few map lookups and a binary search, not a pass over its occurrences.
 * No library: the matcher the app has (`approx-string-match`, in `anchoring/match-quote.ts`)
 * searches the whole text on each call, the very cost avoided here.
 */

/** A quote to place: the exact text and the context the file states around it. */
export interface QuoteToPlace {
  exact: string;
  prefix: string;
  suffix: string;
}

/** The occurrences of quotes in one text. */
export interface QuoteOccurrences {
  /**
   * The start of the best occurrence of `quote.exact`, or `undefined` when there is none.
   * Best: both prefix and suffix fit, else one of them, else none; among equals the nearest
   * to `hint`, and of two as near the earlier. An empty prefix or suffix always fits.
   */
  bestFit(quote: QuoteToPlace, hint: number): number | undefined;
}

/**
 * Context compared through the index; a longer prefix or suffix is checked in full on the
 * few occurrences whose last (first) 32 code units already agree. Bounding the key length
 * bounds the groupings a hostile file can ask for to 33 per quote and side.
 */
const KEY_LENGTH = 32;

/** One quote's occurrences, and their groupings by context, built on first use. */
interface QuoteEntry {
  starts: number[];
  before: Map<number, Map<string, number[]>>;
  after: Map<number, Map<string, number[]>>;
}

/**
 * An index of `text`, filled lazily. `onTextScan` is called on each pass over the whole
 * text (one per distinct quote), so tests can count them rather than time them.
 */
export function createQuoteOccurrences(text: string, onTextScan?: () => void): QuoteOccurrences {
  const entries = new Map<string, QuoteEntry>();

  const entryOf = (exact: string): QuoteEntry => {
    let entry = entries.get(exact);
    if (!entry) {
      onTextScan?.();
      const starts: number[] = [];
      // Overlapping occurrences count ("aa" twice in "aaa"), as the search before did.
      for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
        starts.push(at);
      }
      entry = { starts, before: new Map(), after: new Map() };
      entries.set(exact, entry);
    }
    return entry;
  };

  /** The occurrences whose text just before (`before`) or after equals `context`. */
  const fitting = (
    exact: string,
    entry: QuoteEntry,
    side: 'before' | 'after',
    context: string,
  ): number[] => {
    if (context === '') return entry.starts;
    const length = Math.min(context.length, KEY_LENGTH);
    const groups = side === 'before' ? entry.before : entry.after;
    let byKey = groups.get(length);
    if (!byKey) {
      byKey = new Map();
      for (const at of entry.starts) {
        const from = side === 'before' ? at - length : at + exact.length;
        if (from < 0 || from + length > text.length) continue;
        const key = text.slice(from, from + length);
        const list = byKey.get(key);
        if (list) list.push(at);
        else byKey.set(key, [at]);
      }
      groups.set(length, byKey);
    }
    const key = side === 'before' ? context.slice(-length) : context.slice(0, length);
    const found = byKey.get(key) ?? [];
    if (context.length === length) return found;
    return found.filter((at) =>
      side === 'before'
        ? at >= context.length && text.startsWith(context, at - context.length)
        : text.startsWith(context, at + exact.length),
    );
  };

  return {
    bestFit(quote, hint) {
      const entry = entryOf(quote.exact);
      if (entry.starts.length === 0) return undefined;
      const before = fitting(quote.exact, entry, 'before', quote.prefix);
      const after = fitting(quote.exact, entry, 'after', quote.suffix);
      const both = intersect(before, after);
      if (both.length > 0) return nearest(both, hint);
      if (before.length > 0 || after.length > 0) {
        return closer(nearest(before, hint), nearest(after, hint), hint);
      }
      return nearest(entry.starts, hint);
    },
  };
}

/**
 * A lookup of indexes by key (an article), each built on first use: the annotations of one
 * article share its index, however the document orders them.
 */
export function quoteOccurrencesCache<K>(
  onTextScan?: () => void,
): (key: K, text: string) => QuoteOccurrences {
  const cache = new Map<K, QuoteOccurrences>();
  return (key, text) => {
    let index = cache.get(key);
    if (!index) {
      index = createQuoteOccurrences(text, onTextScan);
      cache.set(key, index);
    }
    return index;
  };
}

/** The values in both sorted lists. */
function intersect(a: readonly number[], b: readonly number[]): number[] {
  if (a === b) return [...a];
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out.push(a[i]!);
      i++;
      j++;
    }
  }
  return out;
}

/** The value of a sorted list nearest to `hint`, the smaller on a tie; `undefined` if empty. */
function nearest(sorted: readonly number[], hint: number): number | undefined {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < hint) low = mid + 1;
    else high = mid;
  }
  const above = sorted[low];
  const below = sorted[low - 1];
  return closer(below, above, hint);
}

/** Of two candidates, the nearer to `hint`, the smaller on a tie. */
function closer(a: number | undefined, b: number | undefined, hint: number): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const da = Math.abs(a - hint);
  const db = Math.abs(b - hint);
  return da < db || (da === db && a < b) ? a : b;
}

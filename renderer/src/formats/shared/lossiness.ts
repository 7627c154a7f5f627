/**
 * What an export could not write. Every format loses something (CoNLL overlaps, doccano
 * notes, SemEval non-technique labels): the user is told what and how many, never silently.
 */

/** What an export dropped, by kind, with counts (only kinds with a count above zero). */
export interface Lossiness {
  dropped: { what: string; count: number }[];
}

/** Accumulates dropped items while an exporter runs. */
export interface LossCounter {
  /** Records `count` (default 1) more dropped items of the kind `what`. */
  add(what: string, count?: number): void;
  /** The report so far, kinds in the order they were first recorded. */
  report(): Lossiness;
}

/** A fresh, empty counter. */
export function createLossCounter(): LossCounter {
  const counts = new Map<string, number>();
  return {
    add(what, count = 1) {
      if (count > 0) counts.set(what, (counts.get(what) ?? 0) + count);
    },
    report() {
      return { dropped: [...counts].map(([what, count]) => ({ what, count })) };
    },
  };
}

/** Words that may join two plural nouns of one kind ("names or values"). */
const JOINERS = new Set(['or', 'and']);

/**
 * The kind `what` as said of one item: its leading plural nouns made singular, so a
 * summary says "1 overlapping span" and "1 attribute name or value with spaces". Kinds are
 * written as plural noun phrases whose plurals come first; what follows them ("to
 * annotations missing from the article", a parenthesis) is kept as it is.
 */
export function kindOfOne(what: string): string {
  const words = what.split(' ');
  let seenPlural = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // A parenthesis explains the kind; its words keep their number.
    if (word.startsWith('(')) break;
    if (isPlural(word)) {
      words[i] = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
      seenPlural = true;
    } else if (seenPlural && !JOINERS.has(word)) {
      break;
    }
  }
  return words.join(' ');
}

/** An English plural as loss kinds use them: "spans", "entities"; not "class", not "(a". */
function isPlural(word: string): boolean {
  return /^[a-z-]+[^s]s$/i.test(word);
}

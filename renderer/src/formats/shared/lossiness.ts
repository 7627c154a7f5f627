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

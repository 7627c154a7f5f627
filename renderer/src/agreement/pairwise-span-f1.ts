/**
 * Span F1 of a team: the mean over annotator pairs, per label and over all labels. Every span
 * F1 here matches spans only within a label, so the all-labels score of a pair is the sum of
 * its per-label credits and counts; scoring each label once and summing halves the work of the
 * agreement table on a large selection.
 */
import { pairwiseMatrix } from './pairwise-matrix';
import {
  exactSpanF1,
  overlapSpanF1,
  partialCreditSpanF1,
  scoreSpans,
  type SpanF1Result,
} from './span-f1';
import type { LabelledSpan } from './types';

/** Mean pairwise F1 at the three strictnesses; null with fewer than two annotators. */
export interface PairwiseSpanF1 {
  readonly exactF1: number | null;
  readonly overlapF1: number | null;
  readonly partialF1: number | null;
}

/** Mean pairwise F1 for each label (in label order) and over all labels. */
export interface TeamSpanF1 {
  readonly perLabel: readonly PairwiseSpanF1[];
  readonly overall: PairwiseSpanF1;
}

type Scorer = (
  reference: readonly LabelledSpan[],
  prediction: readonly LabelledSpan[],
) => SpanF1Result;

const SCORERS: Record<keyof PairwiseSpanF1, Scorer> = {
  exactF1: exactSpanF1,
  overlapF1: overlapSpanF1,
  partialF1: partialCreditSpanF1,
};

/**
 * `spans[a][l]` holds annotator a's spans of label l (their `label` fields must all be label l).
 * Each unordered pair is scored once with the lower index as reference; F1 is symmetric, so the
 * choice does not change the figures. A pair where neither annotator used a label scores 1 on
 * it (both-empty convention of `scoreSpans`).
 *
 * @throws RangeError when a span is empty or inverted (see the span F1 functions).
 */
export function teamSpanF1(
  spans: ReadonlyArray<ReadonlyArray<readonly LabelledSpan[]>>,
): TeamSpanF1 {
  const annotators = spans.map((_, a) => a);
  const labelCount = spans[0]?.length ?? 0;
  const cache = new Map<string, SpanF1Result[]>();
  const perLabelResults = (name: keyof PairwiseSpanF1, a: number, b: number): SpanF1Result[] => {
    const key = `${name}:${a}:${b}`;
    let results = cache.get(key);
    if (results === undefined) {
      results = Array.from({ length: labelCount }, (_, l) =>
        SCORERS[name](spans[a]?.[l] ?? [], spans[b]?.[l] ?? []),
      );
      cache.set(key, results);
    }
    return results;
  };
  const meanF1 = (name: keyof PairwiseSpanF1, label?: number): number | null =>
    pairwiseMatrix(
      annotators,
      (a, b) => {
        const results = perLabelResults(name, a, b);
        return label === undefined ? sumResults(results).f1 : (results[label]?.f1 ?? null);
      },
      { isSymmetric: true },
    ).mean;
  const figures = (label?: number): PairwiseSpanF1 => ({
    exactF1: meanF1('exactF1', label),
    overlapF1: meanF1('overlapF1', label),
    partialF1: meanF1('partialF1', label),
  });
  return {
    perLabel: Array.from({ length: labelCount }, (_, l) => figures(l)),
    overall: figures(),
  };
}

function sumResults(results: readonly SpanF1Result[]): SpanF1Result {
  let predictionCredit = 0;
  let referenceCredit = 0;
  let referenceCount = 0;
  let predictionCount = 0;
  for (const result of results) {
    predictionCredit += result.predictionCredit;
    referenceCredit += result.referenceCredit;
    referenceCount += result.referenceCount;
    predictionCount += result.predictionCount;
  }
  return scoreSpans(predictionCredit, referenceCredit, referenceCount, predictionCount);
}

/**
 * Span precision, recall and F1 of a prediction against a reference (annotator A against
 * annotator B in review), in three strictnesses: exact boundaries, any overlap, and partial
 * credit proportional to the shared characters (the PTC scorer of SemEval-2020 task 11).
 */
import { maxOverlapMatching } from './overlap-matching';
import { forEachOverlappingPair } from './overlapping-pairs';
import type { LabelledSpan } from './types';

/** Precision, recall and F1 with the credit sums they came from. */
export interface SpanF1Result {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Credit given to predictions (the number of matched ones for exact and overlap). */
  readonly predictionCredit: number;
  /** Credit given to references (the number of matched ones for exact and overlap). */
  readonly referenceCredit: number;
  readonly predictionCount: number;
  readonly referenceCount: number;
}

/**
 * Exact match: a prediction counts when a reference span has the same start, end and label,
 * one to one (two identical predictions need two identical references).
 * See `scoreSpans` for the empty-set conventions.
 *
 * @throws RangeError when a span is not a finite range with start < end.
 */
export function exactSpanF1(
  reference: readonly LabelledSpan[],
  prediction: readonly LabelledSpan[],
): SpanF1Result {
  validateSpans(reference, prediction);
  const available = new Map<string, number>();
  for (const span of reference) {
    const key = spanKey(span);
    available.set(key, (available.get(key) ?? 0) + 1);
  }
  let matched = 0;
  for (const span of prediction) {
    const key = spanKey(span);
    const left = available.get(key) ?? 0;
    if (left > 0) {
      matched++;
      available.set(key, left - 1);
    }
  }
  return scoreSpans(matched, matched, reference.length, prediction.length);
}

/**
 * Overlap match: a prediction counts when it shares at least one character with a reference
 * span of the same label, one to one, using a maximum matching per label (see
 * `maxOverlapMatching` for why not plain greedy). Swapping the roles swaps P and R.
 *
 * @throws RangeError when a span is not a finite range with start < end.
 */
export function overlapSpanF1(
  reference: readonly LabelledSpan[],
  prediction: readonly LabelledSpan[],
): SpanF1Result {
  validateSpans(reference, prediction);
  let matched = 0;
  const predictionsByLabel = groupByLabel(prediction);
  for (const [label, references] of groupByLabel(reference)) {
    const predictions = predictionsByLabel.get(label) ?? [];
    matched += maxOverlapMatching(references, predictions).length;
  }
  return scoreSpans(matched, matched, reference.length, prediction.length);
}

/**
 * Partial credit, as the PTC scorer: C(s, t, h) = |s intersect t| / h for same-label spans,
 * P = (1/|S|) sum over predictions s and references t of C(s, t, |s|),
 * R = (1/|T|) sum of C(s, t, |t|). Every overlapping pair counts (no one-to-one matching), so a
 * set with overlapping same-label spans can earn more than 1 per span; annotation sets where a
 * label's spans do not overlap stay within [0, 1]. Swapping the roles swaps P and R.
 *
 * @throws RangeError when a span is not a finite range with start < end.
 */
export function partialCreditSpanF1(
  reference: readonly LabelledSpan[],
  prediction: readonly LabelledSpan[],
): SpanF1Result {
  validateSpans(reference, prediction);
  let predictionCredit = 0;
  let referenceCredit = 0;
  const predictionsByLabel = groupByLabel(prediction);
  for (const [label, references] of groupByLabel(reference)) {
    const predictions = predictionsByLabel.get(label) ?? [];
    forEachOverlappingPair(references, predictions, (t, s, overlap) => {
      const ref = references[t] as LabelledSpan;
      const pred = predictions[s] as LabelledSpan;
      predictionCredit += overlap / (pred.end - pred.start);
      referenceCredit += overlap / (ref.end - ref.start);
    });
  }
  return scoreSpans(predictionCredit, referenceCredit, reference.length, prediction.length);
}

/**
 * Turns credit sums into P, R and F1. Conventions: both sets empty gives 1 for all three (the
 * annotators agree there is nothing to mark); an empty prediction or reference set alone gives
 * 0 for the ratio whose denominator is empty (nothing was found, or nothing predicted was right)
 * so the pair stays symmetric; F1 is 0 when P + R = 0.
 */
export function scoreSpans(
  predictionCredit: number,
  referenceCredit: number,
  referenceCount: number,
  predictionCount: number,
): SpanF1Result {
  const counts = { predictionCredit, referenceCredit, predictionCount, referenceCount };
  if (referenceCount === 0 && predictionCount === 0) {
    return { precision: 1, recall: 1, f1: 1, ...counts };
  }
  const precision = predictionCount === 0 ? 0 : predictionCredit / predictionCount;
  const recall = referenceCount === 0 ? 0 : referenceCredit / referenceCount;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, ...counts };
}

function groupByLabel(spans: readonly LabelledSpan[]): Map<string, LabelledSpan[]> {
  const groups = new Map<string, LabelledSpan[]>();
  for (const span of spans) {
    const group = groups.get(span.label);
    if (group) group.push(span);
    else groups.set(span.label, [span]);
  }
  return groups;
}

// The label goes last: the numbers cannot contain ':', so a label containing one still gives a
// unique key, without the cost of JSON.stringify on thousands of spans.
function spanKey({ label, start, end }: LabelledSpan): string {
  return `${start}:${end}:${label}`;
}

function validateSpans(...sets: ReadonlyArray<readonly LabelledSpan[]>): void {
  for (const spans of sets) {
    for (const { start, end } of spans) {
      if (!(Number.isFinite(start) && Number.isFinite(end) && start < end)) {
        throw new RangeError(`span F1: [${start}, ${end}) is not a non-empty range`);
      }
    }
  }
}

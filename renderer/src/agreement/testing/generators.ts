/** Random agreement data for property tests, drawn from a `SeededRandom`. */
import type { LabelledSpan, UnitizingUnit } from '../types';
import type { SeededRandom } from './seeded-random';

/** A list of `count` labels drawn from `labels`. */
export function randomLabels(
  random: SeededRandom,
  count: number,
  labels: readonly string[],
): string[] {
  return Array.from({ length: count }, () => random.pick(labels));
}

/**
 * `count` labelled spans inside [0, length), lengths 1..maxSpan; they may overlap, including
 * spans of the same label, to exercise the messy data real annotators produce.
 */
export function randomSpans(
  random: SeededRandom,
  count: number,
  length: number,
  labels: readonly string[],
  maxSpan = 20,
): LabelledSpan[] {
  return Array.from({ length: count }, () => {
    const spanLength = random.int(1, Math.min(maxSpan, length));
    const start = random.int(0, length - spanLength);
    return { label: random.pick(labels), start, end: start + spanLength };
  });
}

/** Units of one rater built from random spans (label becomes category). */
export function randomUnits(
  random: SeededRandom,
  rater: string,
  count: number,
  length: number,
  categories: readonly string[],
  maxSpan = 20,
): UnitizingUnit[] {
  return randomSpans(random, count, length, categories, maxSpan).map(({ label, start, end }) => ({
    rater,
    category: label,
    start,
    end,
  }));
}

/** Perturbs a span list: shifts some boundaries, drops some spans, relabels some. */
export function perturbSpans(
  random: SeededRandom,
  spans: readonly LabelledSpan[],
  length: number,
  labels: readonly string[],
): LabelledSpan[] {
  const result: LabelledSpan[] = [];
  for (const span of spans) {
    const roll = random.next();
    if (roll < 0.15) continue;
    const label = roll < 0.3 ? random.pick(labels) : span.label;
    const start = Math.max(0, Math.min(span.start + random.int(-3, 3), length - 1));
    const end = Math.min(length, Math.max(start + 1, span.end + random.int(-3, 3)));
    result.push({ label, start, end });
  }
  return result;
}

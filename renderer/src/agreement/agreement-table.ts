/**
 * The agreement table of a review selection: for each label, how many units every annotator
 * marked and how well they agree (alpha-U, and mean pairwise span F1 at three strictnesses),
 * then the same over all labels. It is the one structure the review screen and the CSV export
 * both render, so both always show the same figures.
 */
import { concatenateDocuments } from './continuum';
import { krippendorffAlphaU } from './krippendorff-alpha-unitizing';
import { teamSpanF1 } from './pairwise-span-f1';
import type { LabelledSpan, UnitizingUnit } from './types';

/** One document of the selection: its text length and every annotator's units in it. */
export interface AgreementDocument {
  readonly id: string;
  readonly length: number;
  /** `rater` is the annotator, `category` the label; offsets are the document's own. */
  readonly units: readonly UnitizingUnit[];
}

/** What to compare: the annotators (all of them, even those who marked nothing) and documents. */
export interface AgreementSelection {
  readonly annotators: readonly string[];
  readonly documents: readonly AgreementDocument[];
}

/** The agreement figures of one row; null where undefined (see each metric). */
export interface AgreementFigures {
  /** Krippendorff's alpha-U over the concatenated documents. */
  readonly alphaU: number | null;
  /** D_O of alpha-U (for the overall row: the mean over labels). */
  readonly observedDisagreement: number | null;
  /** D_E of alpha-U (for the overall row: the mean over labels). */
  readonly expectedDisagreement: number | null;
  /** Mean over annotator pairs of exact-match span F1. */
  readonly exactF1: number | null;
  /** Mean over annotator pairs of overlap span F1. */
  readonly overlapF1: number | null;
  /** Mean over annotator pairs of partial-credit span F1. */
  readonly partialF1: number | null;
}

/** A table row: one label, or all labels together; `counts[i]` is annotator i's unit count. */
export type AgreementRow =
  | {
      readonly kind: 'label';
      readonly label: string;
      readonly counts: readonly number[];
      readonly figures: AgreementFigures;
    }
  | {
      readonly kind: 'overall';
      readonly counts: readonly number[];
      readonly figures: AgreementFigures;
    };

/** The agreement of a selection, ready to render. */
export interface AgreementTable {
  /** Column order of every row's `counts`. */
  readonly annotators: readonly string[];
  readonly documentCount: number;
  /** Characters in the concatenated documents (alpha-U's L). */
  readonly continuumLength: number;
  /** One row per label used by anyone (sorted by code unit), then the overall row. */
  readonly rows: readonly AgreementRow[];
  /** Units alpha-U merged into an overlapping unit of the same annotator and label. */
  readonly mergedUnits: number;
}

/**
 * Builds the table. The documents are laid end to end (`concatenateDocuments`) so alpha-U is
 * INCEpTION's multi-document figure and spans of different documents never match. Counts and
 * F1 use the units as given; only alpha-U merges a person's overlapping same-label units
 * (reported as `mergedUnits`). F1 is the mean over unordered annotator pairs (F1 is symmetric,
 * so which of a pair is the reference does not matter); a pair where neither used the label
 * scores 1, per the both-empty convention. With fewer than two annotators every figure is null.
 *
 * @throws RangeError on malformed input: unknown or repeated annotators, or units outside their
 *   document or not integer with start < end (see `concatenateDocuments`, `krippendorffAlphaU`).
 */
export function buildAgreementTable(selection: AgreementSelection): AgreementTable {
  const { annotators, documents } = selection;
  const continuum = concatenateDocuments(documents);
  const alphaU = krippendorffAlphaU({
    length: continuum.length,
    raters: annotators,
    units: continuum.units,
  });
  const alphaByLabel = new Map(alphaU.categories.map((c) => [c.category, c]));

  // spans[a][l]: annotator a's spans of label l, in continuum offsets.
  const labels = [...new Set(continuum.units.map((u) => u.category))].sort();
  const labelIndex = new Map(labels.map((label, l) => [label, l]));
  const annotatorIndex = new Map(annotators.map((annotator, a) => [annotator, a]));
  const spans: LabelledSpan[][][] = annotators.map(() => labels.map(() => []));
  for (const { rater, category, start, end } of continuum.units) {
    const a = annotatorIndex.get(rater) ?? -1; // alpha-U has rejected unknown raters
    spans[a]?.[labelIndex.get(category) ?? -1]?.push({ label: category, start, end });
  }
  const f1 = teamSpanF1(spans);

  const rows: AgreementRow[] = labels.map((label, l) => {
    const category = alphaByLabel.get(label);
    return {
      kind: 'label',
      label,
      counts: spans.map((perLabel) => perLabel[l]?.length ?? 0),
      figures: {
        alphaU: category?.alpha ?? null,
        observedDisagreement: category?.observed ?? null,
        expectedDisagreement: category?.expected ?? null,
        ...(f1.perLabel[l] ?? NO_F1),
      },
    };
  });
  rows.push({
    kind: 'overall',
    counts: spans.map((perLabel) => perLabel.reduce((sum, group) => sum + group.length, 0)),
    figures: {
      alphaU: alphaU.alpha,
      observedDisagreement: alphaU.observed,
      expectedDisagreement: alphaU.expected,
      ...f1.overall,
    },
  });

  return {
    annotators,
    documentCount: documents.length,
    continuumLength: continuum.length,
    rows,
    mergedUnits: alphaU.mergedUnits,
  };
}

const NO_F1 = { exactF1: null, overlapF1: null, partialF1: null } as const;

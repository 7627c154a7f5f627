/**
 * Turns stored annotations into what the agreement metrics take: span units per article for
 * `buildAgreementTable`, pairwise span figures for teams of more than two, and the document
 * profile's attributes as nominal data for alpha and Cohen's kappa. Pure.
 */
import { buildAgreementTable, type AgreementSelection } from '../agreement/agreement-table';
import { cohenKappa } from '../agreement/cohen-kappa';
import { krippendorffAlphaNominal } from '../agreement/krippendorff-alpha-nominal';
import { pairwiseMatrix, type PairwiseMatrix } from '../agreement/pairwise-matrix';
import type { Annotation, AttributeValue, SpanAnnotation } from '../annotation/types';

/** An article as the agreement screen needs it. */
export interface AgreementArticle {
  readonly id: string;
  readonly textLength: number;
}

/** The span selection, and how many spans were left out because they lie outside the text. */
export interface SpanSelection {
  readonly selection: AgreementSelection;
  readonly skippedSpans: number;
}

/**
 * The span units of `authors` on `articles` (labels are codebook item ids). A span outside
 * its article's stored text (an orphan of a changed file) cannot be placed on the continuum,
 * so it is skipped and counted rather than failing the whole table.
 */
export function spanSelectionOf(
  articles: readonly AgreementArticle[],
  annotations: readonly Annotation[],
  authors: readonly string[],
): SpanSelection {
  const wanted = new Set(authors);
  // Grouped in one pass: the screen passes every annotation of the library, and filtering
  // them all once per article was quadratic (seconds for 200 articles of three analysts).
  const byArticle = new Map<string, SpanAnnotation[]>();
  for (const a of annotations) {
    if (a.kind !== 'span' || !wanted.has(a.author)) continue;
    const group = byArticle.get(a.articleId);
    if (group) group.push(a);
    else byArticle.set(a.articleId, [a]);
  }
  let skippedSpans = 0;
  const documents = articles.map((article) => ({
    id: article.id,
    length: article.textLength,
    units: (byArticle.get(article.id) ?? []).flatMap((a) => {
      const { start, end } = a.span;
      if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end)) {
        skippedSpans++;
        return [];
      }
      if (end > article.textLength) {
        skippedSpans++;
        return [];
      }
      return [{ rater: a.author, category: a.itemId as string, start, end }];
    }),
  }));
  return { selection: { annotators: authors, documents }, skippedSpans };
}

/** Span agreement of every pair of annotators: overall alpha-U and overlap F1. */
export interface PairwiseSpanFigures {
  readonly alphaU: PairwiseMatrix<string>;
  readonly overlapF1: PairwiseMatrix<string>;
}

/** The pairwise matrices of `selection` (each pair's own two-annotator agreement table). */
export function pairwiseSpanFigures(selection: AgreementSelection): PairwiseSpanFigures {
  const cache = new Map<string, ReturnType<typeof buildAgreementTable>>();
  const tableOf = (a: string, b: string) => {
    const key = `${a}\u0000${b}`;
    let table = cache.get(key);
    if (!table) {
      const pair = new Set([a, b]);
      table = buildAgreementTable({
        annotators: [a, b],
        documents: selection.documents.map((d) => ({
          ...d,
          units: d.units.filter((u) => pair.has(u.rater)),
        })),
      });
      cache.set(key, table);
    }
    return table;
  };
  const overall = (a: string, b: string) => tableOf(a, b).rows.at(-1)?.figures;
  return {
    alphaU: pairwiseMatrix(selection.annotators, (a, b) => overall(a, b)?.alphaU ?? null, {
      isSymmetric: true,
    }),
    overlapF1: pairwiseMatrix(selection.annotators, (a, b) => overall(a, b)?.overlapF1 ?? null, {
      isSymmetric: true,
    }),
  };
}

/** Agreement on one document-level field (or all of them, `key` null). */
export interface DocumentAgreementRow {
  readonly key: string | null;
  /** Articles where at least two of the authors gave a value. */
  readonly pairableUnits: number;
  readonly alphaNominal: number | null;
  /** Cohen's kappa: of the two authors, or the mean over pairs for more. */
  readonly kappa: number | null;
  /** Items left out of kappa because one side of a pair gave no value (summed over pairs). */
  readonly kappaDropped: number;
  readonly kappaMatrix: PairwiseMatrix<string>;
}

/** The nominal value of an attribute, or null when unset; multi-choice as a sorted set. */
export function nominalValue(value: AttributeValue | undefined): string | null {
  if (value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length === 0 ? null : [...value].sort().join(' | ');
  return value;
}

/**
 * Agreement on the fields of the document-level item `itemId` (the document profile): one
 * row per field in `keys` and an overall row where every (article, field) is one unit.
 * Alpha takes missing values; kappa needs pairs, so items one side left blank are dropped
 * and counted (as INCEpTION's coding view drops them, but visibly).
 */
export function documentAgreement(
  articleIds: readonly string[],
  annotations: readonly Annotation[],
  authors: readonly string[],
  itemId: string,
  keys: readonly string[],
): DocumentAgreementRow[] {
  // values[key][article][author]
  const profiles = new Map<string, Annotation>();
  for (const a of annotations) {
    if (a.kind === 'document' && a.itemId === itemId) profiles.set(`${a.articleId}:${a.author}`, a);
  }
  const valueOf = (key: string, article: string, author: string) =>
    nominalValue(profiles.get(`${article}:${author}`)?.attributes[key]);
  const unitsOf = (key: string) =>
    articleIds.map((article) => authors.map((author) => valueOf(key, article, author)));
  const rowOf = (key: string | null, units: (string | null)[][]): DocumentAgreementRow => {
    const alpha = krippendorffAlphaNominal(units);
    let dropped = 0;
    const kappaMatrix = pairwiseMatrix(
      authors.map((_, index) => index),
      (i, j) => {
        const a: string[] = [];
        const b: string[] = [];
        for (const unit of units) {
          const x = unit[i] ?? null;
          const y = unit[j] ?? null;
          if (x !== null && y !== null) {
            a.push(x);
            b.push(y);
          } else if (x !== null || y !== null) dropped++;
        }
        return cohenKappa(a, b).kappa;
      },
      { isSymmetric: true },
    );
    return {
      key,
      pairableUnits: alpha.pairableUnits,
      alphaNominal: alpha.alpha,
      kappa: kappaMatrix.mean,
      kappaDropped: dropped,
      kappaMatrix: { ...kappaMatrix, keys: authors },
    };
  };
  const rows = keys.map((key) => rowOf(key, unitsOf(key)));
  rows.push(
    rowOf(
      null,
      keys.flatMap((key) =>
        unitsOf(key).map((unit) => unit.map((v) => (v === null ? null : `${key}=${v}`))),
      ),
    ),
  );
  return rows;
}

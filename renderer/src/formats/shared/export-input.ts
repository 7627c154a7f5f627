/**
 * The input every exporter takes and the shapes it returns. Exporters are pure: they get the
 * articles, the annotations and two lookups, and return text (or files) plus a lossiness
 * report; writing to disk or zipping is the caller's business.
 */
import type {
  Annotation,
  ArticleId,
  AttributeValue,
  AuthorId,
  CodebookItemId,
  EntityId,
  SpanAnnotation,
} from '../../annotation/types';
import { createLossCounter, type LossCounter, type Lossiness } from './lossiness';

/** An article as exporters see it: `text` is the stored text every span counts into. */
export interface ExportArticle {
  id: ArticleId;
  title: string;
  text: string;
  sourceName: string;
  /** SHA-256 (hex) of `text`'s UTF-8 bytes: names the article whatever its title or file. */
  textSha256: string;
  /**
   * The file's text as it was given, when it differs from `text` only by normalisation
   * (a BOM, CRLF, decomposed accents): formats that promise the file back byte for byte
   * write this and map offsets through `normaliseWithMap(original).toGiven`.
   */
  original?: string;
}

/** A codebook item's exact label strings in external schemes (see codebook.md). */
export interface ExternalLabels {
  semeval2023?: string;
  ptc2020?: string;
  conll?: string;
}

/** How a codebook item is written: its label, and its strings in external schemes. */
export interface ExportLabel {
  label: string;
  externalLabels?: ExternalLabels;
}

/** Everything an exporter needs. Annotations of articles not in `articles` are ignored. */
export interface ExportInput {
  articles: ExportArticle[];
  annotations: Annotation[];
  labelOf(itemId: CodebookItemId): ExportLabel;
  authorName(authorId: AuthorId): string;
  /** The Wikidata QID of a registry entity, when it has one (brat normalisation lines). */
  entityQid?(entityId: EntityId): string | undefined;
  /** The canonical name of a registry entity (CSV). */
  entityName?(entityId: EntityId): string | undefined;
}

/** One file of a multi-file export, `path` relative to the export's root, POSIX separators. */
export interface ExportFile {
  path: string;
  content: string;
}

/** An export's output with what it dropped. */
export interface ExportResult<T> {
  output: T;
  lossiness: Lossiness;
  /**
   * How many annotations the output holds, counted where each is written: what the
   * summary reports. Extras a format writes beside them (linking, replying) are not
   * annotations of the set and are not counted.
   */
  written: number;
}

/** The span annotations of one article, in text order (start, then end, then id). */
export function spanAnnotationsOf(input: ExportInput, articleId: ArticleId): SpanAnnotation[] {
  return [...(spansByArticle(input.annotations).get(articleId) ?? [])].sort(
    (a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.id.localeCompare(b.id),
  );
}

/** Span annotations grouped by article, per annotation list, with the length they were built at. */
const groupedSpans = new WeakMap<
  readonly Annotation[],
  { length: number; byArticle: Map<string, SpanAnnotation[]> }
>();

/**
 * The spans of `annotations` by article, grouped once per list: exporters ask article by
 * article, and filtering the whole list each time was quadratic (seconds for 100,000
 * annotations on 1,000 articles). Regrouped if the list has grown since.
 */
function spansByArticle(annotations: readonly Annotation[]): Map<string, SpanAnnotation[]> {
  const cached = groupedSpans.get(annotations);
  if (cached && cached.length === annotations.length) return cached.byArticle;
  const byArticle = new Map<string, SpanAnnotation[]>();
  for (const a of annotations) {
    if (a.kind !== 'span') continue;
    const group = byArticle.get(a.articleId);
    if (group) group.push(a);
    else byArticle.set(a.articleId, [a]);
  }
  groupedSpans.set(annotations, { length: annotations.length, byArticle });
  return byArticle;
}

/** Counts annotations that no span format can hold: document-level ones. */
export function countDocumentAnnotations(input: ExportInput): number {
  const ids = new Set(input.articles.map((a) => a.id));
  return input.annotations.filter((a) => a.kind === 'document' && ids.has(a.articleId)).length;
}

/** The lossiness entry of formats with no annotator field. */
export const MERGED_AUTHORS = 'authorship (annotations of several analysts merged)';

/**
 * For formats with no annotator field: the number of span annotations whose author is lost
 * because several analysts' work lands in one file (0 when there is a single author).
 */
export function countMergedAuthors(input: ExportInput): number {
  const ids = new Set(input.articles.map((a) => a.id));
  const spans = input.annotations.filter((a) => a.kind === 'span' && ids.has(a.articleId));
  return new Set(spans.map((a) => a.author)).size > 1 ? spans.length : 0;
}

/**
 * A loss counter for a span format, already holding what such formats cannot write:
 * document-level annotations and, unless the format has an annotator field
 * (`hasAuthorField`), the authorship of merged analysts.
 */
export function createSpanLossCounter(input: ExportInput, hasAuthorField = false): LossCounter {
  const loss = createLossCounter();
  loss.add('document-level annotations', countDocumentAnnotations(input));
  if (!hasAuthorField) loss.add(MERGED_AUTHORS, countMergedAuthors(input));
  return loss;
}

/** Whether an annotation carries attributes worth writing (a false flag is no value). */
export function hasAttributes(attributes: Record<string, AttributeValue>): boolean {
  return Object.values(attributes).some(hasValue);
}

/** Attribute values as one line of text: `key=value; key=a|b; flag` (false flags omitted). */
export function attributesText(attributes: Record<string, AttributeValue>): string {
  return Object.entries(attributes)
    .filter(([, v]) => hasValue(v))
    .map(([k, v]) => (v === true ? k : `${k}=${Array.isArray(v) ? v.join('|') : v}`))
    .join('; ');
}

/** Whether a span annotation links to a source or cue (an attribution relation). */
export function hasLinks(a: SpanAnnotation): boolean {
  return Boolean(a.links?.sourceId || a.links?.cueId || a.links?.sourceEntityId);
}

/** A false flag or an empty choice list is no value, and is not written. */
function hasValue(value: AttributeValue): boolean {
  return value !== false && !(Array.isArray(value) && !value.length);
}

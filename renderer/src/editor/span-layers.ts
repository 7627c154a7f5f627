/**
 * What the reader draws, given as layers: lists that change a few rows at a time (the
 * analyst's annotations, colleagues' overlaid marks), each with the function that makes a
 * row the span drawn. The reader follows each layer through the note of what changed in it
 * (`store/list-changes.ts`), so a key press on a 50,000-annotation article makes no copy of
 * the analyst's list as spans in another order (two copies of 50,000 entries a key press,
 * a few milliseconds each, and the collections after them), and showing colleagues' marks
 * joins no lists. Pure.
 */
import type { SpanAnnotation } from '../annotation/types';
import { getItem, type CodebookIndex } from '../codebook/codebook-lookup';
import { listChangeBetween } from '../store/list-changes';
import { FALLBACK_MARK_COLOUR } from './mark-style';
import { takeSpanChanges, type ColouredSpan, type SpanChanges } from './span-changes';

/** One list of rows the reader draws. */
export interface SpanLayer<Row = unknown> {
  /** Names the layer from one render to the next (`mine`, `colleagues`). */
  key: string;
  /** In any order; a row unchanged since the last render is the same object. */
  rows: readonly Row[];
  /**
   * The span drawn for `row`: the same object for the same row (so unchanged rows pass
   * unread). A method, so that a layer of any rows is a `SpanLayer`.
   */
  spanOf(row: Row): ColouredSpan;
}

const itself = (span: ColouredSpan) => span;

/** A layer of spans drawn as they are. */
export function spansLayer(key: string, spans: readonly ColouredSpan[]): SpanLayer<ColouredSpan> {
  return { key, rows: spans, spanOf: itself };
}

/**
 * The span of each span annotation in its label's colour, made once per annotation object
 * (a changed row is a new object): for the layer of the analyst's own annotations.
 */
export function createSpanOf(codebook: CodebookIndex): (row: SpanAnnotation) => ColouredSpan {
  const made = new WeakMap<SpanAnnotation, ColouredSpan>();
  return (row) => {
    let span = made.get(row);
    if (!span) {
      span = {
        id: row.id,
        start: row.span.start,
        end: row.span.end,
        colour: getItem(codebook, row.itemId)?.colour ?? FALLBACK_MARK_COLOUR,
      };
      made.set(row, span);
    }
    return span;
  };
}

/** Every span the layers draw. */
export function spansOf(layers: readonly SpanLayer[]): ColouredSpan[] {
  const spans: ColouredSpan[] = [];
  for (const layer of layers) for (const row of layer.rows) spans.push(layer.spanOf(row));
  return spans;
}

/**
 * What changed in each layer since `previous`, as spans; `null` when some layer cannot say
 * (a layer new or gone, another way of drawing its rows, or a list with no note leading to
 * it): then every span must be compared.
 */
function notedChange(previous: readonly SpanLayer[], layers: readonly SpanLayer[]) {
  if (previous.length !== layers.length) return null;
  const removed: ColouredSpan[] = [];
  const added: ColouredSpan[] = [];
  for (const [index, layer] of layers.entries()) {
    const before = previous[index]!;
    if (before.key !== layer.key || before.spanOf !== layer.spanOf) return null;
    const noted = listChangeBetween(before.rows, layer.rows);
    if (!noted) return null;
    for (const row of noted.removed) removed.push(layer.spanOf(row));
    for (const row of noted.added) added.push(layer.spanOf(row));
  }
  return { removed, added };
}

/**
 * Brings `shown` (each span as last drawn, by id) up to `layers` and answers the spans
 * drawn differently (`takeSpanChanges`). Given the layers last taken, a layer whose list
 * carries notes back to its last list costs what changed in it; otherwise every span of
 * every layer is compared.
 */
export function takeLayerChanges(
  shown: Map<string, ColouredSpan>,
  previous: readonly SpanLayer[] | null,
  layers: readonly SpanLayer[],
): SpanChanges {
  const noted = previous ? notedChange(previous, layers) : null;
  if (noted) return takeSpanChanges(shown, [], noted);
  return takeSpanChanges(shown, spansOf(layers));
}

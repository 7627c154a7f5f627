import { useMemo } from 'react';
import type { Annotation, AuthorId, SpanAnnotation } from '../annotation/types';
import { getItem, type CodebookIndex } from '../codebook/codebook-lookup';
import { inReadingOrder } from './annotation-navigation';
import { FALLBACK_MARK_COLOUR } from './mark-style';
import type { ColouredSpan } from './span-changes';

/** This analyst's annotations on the article, as the workspace shows them. */
export interface MyAnnotations {
  /** Every one, document-level included, in the order given. */
  mine: Annotation[];
  /** Span annotations drawn in the text, in the order given. */
  placed: SpanAnnotation[];
  /** The same in reading order. */
  inOrder: SpanAnnotation[];
  /** Span annotations lost by a change of the text: listed, not drawn. */
  orphans: SpanAnnotation[];
  /** What the reader draws of `inOrder`. */
  marks: readonly ColouredSpan[];
}

// Each drawn span made once per annotation object and codebook (a label's colour lives in
// the codebook: a new codebook draws every span afresh). Weak: both come and go.
const drawnSpans = new WeakMap<CodebookIndex, WeakMap<SpanAnnotation, ColouredSpan>>();

function drawnSpanOf(
  annotation: SpanAnnotation,
  codebook: CodebookIndex,
  drawn: WeakMap<SpanAnnotation, ColouredSpan>,
): ColouredSpan {
  let span = drawn.get(annotation);
  if (!span) {
    span = {
      id: annotation.id,
      start: annotation.span.start,
      end: annotation.span.end,
      colour: getItem(codebook, annotation.itemId)?.colour ?? FALLBACK_MARK_COLOUR,
    };
    drawn.set(annotation, span);
  }
  return span;
}

/**
 * Derives the workspace's lists from `annotations` (all authors). Recomputed when the list
 * changes, at every key press of a long article: one pass and a nearly sorted sort, and
 * each drawn span is made once per annotation object and codebook, so the marks plugin
 * can pass over the unchanged ones by reference.
 */
export function useMyAnnotations(
  annotations: readonly Annotation[],
  author: AuthorId,
  codebook: CodebookIndex,
): MyAnnotations {
  return useMemo(() => {
    const mine: Annotation[] = [];
    const placed: SpanAnnotation[] = [];
    const orphans: SpanAnnotation[] = [];
    for (const annotation of annotations) {
      if (annotation.author !== author) continue;
      mine.push(annotation);
      if (annotation.kind !== 'span') continue;
      // Orphans' offsets refer to an earlier text.
      if (annotation.orphanedFrom === undefined) placed.push(annotation);
      else orphans.push(annotation);
    }
    const inOrder = inReadingOrder(placed);
    let drawn = drawnSpans.get(codebook);
    if (!drawn) drawnSpans.set(codebook, (drawn = new WeakMap()));
    const marks = inOrder.map((annotation) => drawnSpanOf(annotation, codebook, drawn));
    return { mine, placed, inOrder, orphans, marks };
  }, [annotations, author, codebook]);
}

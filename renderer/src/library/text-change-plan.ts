/**
 * What a changed article text does to its annotations (every author's): each span is
 * re-anchored on the new text; a found one gets its new span and quote, an orphan keeps
 * its old span and quote and is marked with the text version they refer to. Pure.
 */
import { reanchorSpans } from '../anchoring/reanchor';
import { buildTextQuote } from '../annotation/text-quote';
import type { Annotation, SpanAnnotation } from '../annotation/types';

/** How many annotations each outcome had. */
export interface ReanchorCounts {
  exact: number;
  moved: number;
  fuzzy: number;
  orphaned: number;
}

export interface TextChangePlan {
  /** The annotations whose rows change (document-level ones never do). */
  updated: Annotation[];
  counts: ReanchorCounts;
}

/**
 * Re-anchors `annotations` from `oldText` onto `newText`. `oldVersion` is the version
 * number the old text is kept under, named by orphans. Annotations already orphaned by an
 * earlier change refer to an older text: they are left as they are.
 */
export function planTextChange(
  oldText: string,
  newText: string,
  annotations: readonly Annotation[],
  oldVersion: number,
  now: Date,
): TextChangePlan {
  const spans = annotations.filter(
    (annotation): annotation is SpanAnnotation =>
      annotation.kind === 'span' && annotation.orphanedFrom === undefined,
  );
  const results = reanchorSpans(
    oldText,
    newText,
    spans.map((annotation) => ({ id: annotation, span: annotation.span, quote: annotation.quote })),
  );
  const counts: ReanchorCounts = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  const updated: Annotation[] = [];
  for (const result of results) {
    counts[result.kind]++;
    const annotation = result.anchor.id;
    const modifiedAt = now.toISOString();
    if (result.kind === 'orphaned') {
      updated.push({ ...annotation, orphanedFrom: oldVersion, modifiedAt });
      continue;
    }
    const quote = buildTextQuote(newText, result.span);
    const isSame =
      result.span.start === annotation.span.start &&
      result.span.end === annotation.span.end &&
      JSON.stringify(quote) === JSON.stringify(annotation.quote);
    if (!isSame) updated.push({ ...annotation, span: result.span, quote, modifiedAt });
  }
  return { updated, counts };
}

/**
 * The review text's overlays: the comparison items cut into runs per paragraph, each run
 * knowing every item that covers it and the kind it is drawn as. Pure.
 */
import { flattenSpans, splitSegmentsAtParagraphs, type IdSpan } from '../annotation/segments';
import { paragraphStartOffsets } from '../reader/paragraph-offsets';
import type { ComparedSpan, ComparisonItem, ComparisonKind } from './compare-sets';
import { dominantKind } from './review-list';

/** A run of one paragraph: plain text (`kind` null) or text covered by comparison items. */
export interface OverlayRun {
  readonly start: number;
  readonly end: number;
  readonly kind: ComparisonKind | null;
  /** Keys of the covering items, most severe kind first. */
  readonly keys: readonly string[];
}

/** One paragraph of the text with its runs (which together cover the whole line). */
export interface OverlayParagraph {
  readonly index: number;
  readonly runs: readonly OverlayRun[];
}

/**
 * Splits `text` into paragraphs (one per line, as the reader) and each into runs. An item
 * covers the base span and the other span (both, for a boundary pair), not the gap between.
 */
export function overlayParagraphs<S extends ComparedSpan>(
  text: string,
  items: readonly ComparisonItem<S>[],
): OverlayParagraph[] {
  const kindOf = new Map(items.map((item) => [item.key, item.kind]));
  const spans: IdSpan<string>[] = items.flatMap((item) =>
    [item.base, item.other].flatMap((side) =>
      side ? [{ id: item.key, start: side.span.start, end: side.span.end }] : [],
    ),
  );
  const starts = paragraphStartOffsets(text);
  const pieces = splitSegmentsAtParagraphs(flattenSpans(spans), starts);
  const lines = text.split('\n');
  const byParagraph = lines.map(() => [] as typeof pieces);
  for (const piece of pieces) byParagraph[piece.paragraphIndex]?.push(piece);

  return lines.map((line, index) => {
    const lineStart = starts[index] ?? 0;
    const lineEnd = lineStart + line.length;
    const runs: OverlayRun[] = [];
    let at = lineStart;
    for (const piece of byParagraph[index] ?? []) {
      if (piece.start > at) runs.push({ start: at, end: piece.start, kind: null, keys: [] });
      const keys = [...new Set(piece.ids)];
      const kind = dominantKind(keys.map((key) => kindOf.get(key) ?? 'agreement'));
      keys.sort((a, b) => (kindOf.get(a) === kind ? 0 : 1) - (kindOf.get(b) === kind ? 0 : 1));
      runs.push({ start: piece.start, end: piece.end, kind, keys });
      at = piece.end;
    }
    if (at < lineEnd) runs.push({ start: at, end: lineEnd, kind: null, keys: [] });
    return { index, runs };
  });
}

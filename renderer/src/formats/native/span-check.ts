/**
 * Checks an imported span annotation against the article it points into: offsets in
 * range and in order, and the quote equal to the text it covers when the text is known.
 */
import type { Annotation } from '../../annotation/types';
import type { SetArticle } from './annotation-set';

/** Why the annotation does not fit its article, or `undefined` when it does. */
export function checkAgainstArticle(
  annotation: Annotation,
  article: SetArticle,
): string | undefined {
  if (annotation.kind !== 'span') return undefined;
  const { start, end } = annotation.span;
  if (start < 0) return `start ${start} is negative`;
  if (start >= end) return `start ${start} is not before end ${end}`;
  const length = article.text?.length ?? article.textLength;
  if (length !== undefined && end > length) {
    return `end ${end} is past the end of the text (${length})`;
  }
  if (article.text !== undefined) {
    const covered = article.text.slice(start, end);
    if (covered !== annotation.quote.exact) {
      return `quote "${clip(annotation.quote.exact)}" does not match the text "${clip(covered)}"`;
    }
  }
  return undefined;
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

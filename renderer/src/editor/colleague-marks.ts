/**
 * Colleagues' annotations on the open article, for the reader: how many there are, and, to
 * overlay them, their spans as the reader draws them (flagged read-only, in their label's
 * colour). The reader edits the analyst's own set only; these marks are never written, and
 * their mark objects are kept per annotation object, so that a key press in a long article,
 * which changes one row, does not make 400 colleague marks look changed. Pure.
 */
import type { Annotation, AuthorId } from '../annotation/types';
import { getItem, type CodebookIndex } from '../codebook/codebook-lookup';
import { listChangeBetween } from '../store/list-changes';
import { FALLBACK_MARK_COLOUR } from './mark-style';
import type { ColouredSpan } from './span-changes';

/** Colleagues' annotations as the reader needs them. */
export interface ColleagueAnnotations {
  /** Every annotation on the article by another author (spans and document-level). */
  readonly count: number;
  /** Their placed spans (orphans' offsets refer to an older text), to draw read-only. */
  readonly marks: readonly ColouredSpan[];
}

/**
 * A function deriving `ColleagueAnnotations` that reuses the mark of an annotation object
 * it has seen with the same codebook. A list that differs from the last one only in the
 * analyst's own rows (a key press, by the note its producer left: `store/list-changes.ts`)
 * answers the last result itself, without a pass over every row.
 */
export function createColleagueMarksDerivation(): (
  annotations: readonly Annotation[],
  self: AuthorId,
  codebook: CodebookIndex,
) => ColleagueAnnotations {
  let cache = new WeakMap<Annotation, ColouredSpan>();
  let cachedFor: CodebookIndex | null = null;
  let last: {
    annotations: readonly Annotation[];
    self: AuthorId;
    result: ColleagueAnnotations;
  } | null = null;
  return (annotations, self, codebook) => {
    if (cachedFor !== codebook) {
      cache = new WeakMap();
      cachedFor = codebook;
      last = null;
    }
    if (last && last.self === self) {
      const noted = listChangeBetween(last.annotations, annotations);
      const isOwnOnly = (rows: readonly Annotation[]) => rows.every((row) => row.author === self);
      if (noted && isOwnOnly(noted.removed) && isOwnOnly(noted.added)) {
        last = { ...last, annotations };
        return last.result;
      }
    }
    let count = 0;
    const marks: ColouredSpan[] = [];
    for (const annotation of annotations) {
      if (annotation.author === self) continue;
      count++;
      if (annotation.kind !== 'span' || annotation.orphanedFrom !== undefined) continue;
      let mark = cache.get(annotation);
      if (!mark) {
        mark = {
          id: annotation.id,
          start: annotation.span.start,
          end: annotation.span.end,
          colour: getItem(codebook, annotation.itemId)?.colour ?? FALLBACK_MARK_COLOUR,
          isColleague: true,
        };
        cache.set(annotation, mark);
      }
      marks.push(mark);
    }
    last = { annotations, self, result: { count, marks } };
    return last.result;
  };
}

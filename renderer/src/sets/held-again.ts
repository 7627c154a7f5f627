/**
 * The annotations of an import whose ids the profile held before it: each is compared with
 * the held version, in the import's transaction, and reported as a duplicate when nothing
 * that the file carries differs, else as changed (`changed-annotations.ts`). Nothing held is
 * overwritten here: taking the new versions is the analyst's choice, made after the report.
 */
import type { Annotation, AnnotationId } from '../annotation/types';
import { changedFields } from './changed-annotations';
import type { ImportReportItem } from './import-report';

/** An incoming annotation whose id was held, and its report item's index. */
export interface HeldAgain {
  item: number;
  annotation: Annotation;
}

/**
 * Turns the report items of `heldAgain` (written as duplicates) into `changed` items where
 * the held annotation differs. Reads the held versions at once with `readHeld` (the pack
 * writer's, which knows where each is stored); must run in a transaction over
 * `annotationTables()`, after the import's own writes.
 */
export async function reportChangedAnnotations(
  items: ImportReportItem[],
  heldAgain: readonly HeldAgain[],
  readHeld: (ids: readonly AnnotationId[]) => Promise<(Annotation | undefined)[]>,
): Promise<void> {
  if (heldAgain.length === 0) return;
  const held = await readHeld(heldAgain.map((h) => h.annotation.id as AnnotationId));
  heldAgain.forEach(({ item, annotation }, n) => {
    const stored = held[n];
    if (!stored) return;
    const fields = changedFields(stored, annotation);
    if (fields.length === 0) return;
    items[item] = {
      ...items[item]!,
      kind: 'changed',
      change: { held: stored, incoming: annotation, fields },
    };
  });
}

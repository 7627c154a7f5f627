/**
 * A large undo step stored in parts. IndexedDB clones a row whole, in one task of the page,
 * when it is added: the step of an annotate-all across the library (100,000 new
 * annotations) was one 943 ms task. A step with more annotation rows than `STEP_PART_ROWS`
 * is stored as a head (the change without its annotation rows, and how many parts follow)
 * and parts of at most that many rows, each added once the one before is answered, so each
 * clone is a task of its own (`undo-journal.ts`).
 *
 * An app from before parts skips a head (its change has no annotation list, so it is not a
 * step to it) and its parts: it cannot undo that step, but never undoes part of it.
 */
import type { ChangeSet } from '../store/change-set';

/**
 * Annotation rows per stored part: the rows `writeEdit` writes per round trip, too (2,000
 * were a 300–430 ms task of an annotate-all's write, profiled).
 */
export const STEP_PART_ROWS = 250;

/** A stored step whose annotation rows are in `annotationParts` part rows. */
export interface StepHead {
  undone: boolean;
  change: Omit<ChangeSet, 'annotations'>;
  annotationParts: number;
}

/** One part of the step stored at `partOf`: its `index`th run of annotation rows. */
export interface StepPart {
  partOf: number;
  index: number;
  annotations: ChangeSet['annotations'];
}

/** Whether `change` is stored in parts. */
export function isStoredInParts(change: ChangeSet): boolean {
  return change.annotations.length > STEP_PART_ROWS && !change.trash?.length;
}

/** `change`'s head and its runs of annotation rows, in order. */
export function splitStep(change: ChangeSet): {
  head: Omit<StepHead, 'undone'>;
  runs: ChangeSet['annotations'][];
} {
  const { annotations, ...rest } = change;
  const runs: ChangeSet['annotations'][] = [];
  for (let at = 0; at < annotations.length; at += STEP_PART_ROWS)
    runs.push(annotations.slice(at, at + STEP_PART_ROWS));
  return { head: { change: rest, annotationParts: runs.length }, runs };
}

export function isStepHead(value: unknown): value is StepHead {
  const head = value as StepHead | null;
  return (
    typeof head === 'object' &&
    head !== null &&
    typeof head.undone === 'boolean' &&
    typeof head.annotationParts === 'number' &&
    typeof head.change?.label === 'string' &&
    Array.isArray(head.change.entities)
  );
}

export function isStepPart(value: unknown): value is StepPart {
  const part = value as StepPart | null;
  return (
    typeof part === 'object' &&
    part !== null &&
    typeof part.partOf === 'number' &&
    typeof part.index === 'number' &&
    Array.isArray(part.annotations)
  );
}

/** The whole change of `head` from its `parts`; `null` when one is missing. */
export function joinedChange(head: StepHead, parts: readonly StepPart[]): ChangeSet | null {
  const runs: ChangeSet['annotations'][] = [];
  for (const part of parts) runs[part.index] = part.annotations;
  if (runs.length !== head.annotationParts) return null;
  const annotations: ChangeSet['annotations'] = [];
  for (let index = 0; index < head.annotationParts; index++) {
    const run = runs[index];
    if (!run) return null;
    // Pushed a run at a time: a spread of 100,000 arguments would overflow the stack.
    for (const row of run) annotations.push(row);
  }
  return { ...head.change, annotations };
}

/**
 * A change set: every row one user action changes, each as its state before and after.
 * It is the unit of autosave (one transaction) and of undo (apply it backwards). Pure.
 */
import type { Annotation, RegistryEntity } from '../annotation/types';

/** One row's state before and after: `null` before is a creation, `null` after a deletion. */
export interface RowChange<Row> {
  before: Row | null;
  after: Row | null;
}

/** What one user action did, named for the Undo menu ("Undo: tag Person"). */
export interface ChangeSet {
  label: string;
  annotations: RowChange<Annotation>[];
  entities: RowChange<RegistryEntity>[];
}

/** The change set that undoes `change`: every row's before and after swapped. */
export function invertChangeSet(change: ChangeSet): ChangeSet {
  const swap = <Row>(rows: RowChange<Row>[]) =>
    rows.map((row) => ({ before: row.after, after: row.before }));
  return {
    label: change.label,
    annotations: swap(change.annotations),
    entities: swap(change.entities),
  };
}

/** A change set that creates `annotations` (and optionally `entities`). */
export function creation(
  label: string,
  annotations: Annotation[],
  entities: RegistryEntity[] = [],
): ChangeSet {
  return {
    label,
    annotations: annotations.map((after) => ({ before: null, after })),
    entities: entities.map((after) => ({ before: null, after })),
  };
}

/** A change set that replaces each `before` row by the `after` row with the same id. */
export function update(label: string, before: Annotation[], after: Annotation[]): ChangeSet {
  const byId = new Map(after.map((row) => [row.id, row]));
  return {
    label,
    annotations: before.map((row) => ({ before: row, after: byId.get(row.id) ?? null })),
    entities: [],
  };
}

/** A change set that deletes `annotations`. */
export function deletion(label: string, annotations: Annotation[]): ChangeSet {
  return {
    label,
    annotations: annotations.map((before) => ({ before, after: null })),
    entities: [],
  };
}

/** Whether `change` changes nothing (an edit that left every row as it was). */
export function isEmptyChangeSet(change: ChangeSet): boolean {
  const same = <Row>(rows: RowChange<Row>[]) =>
    rows.every((row) => JSON.stringify(row.before) === JSON.stringify(row.after));
  return same(change.annotations) && same(change.entities);
}

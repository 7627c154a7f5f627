/**
 * A change set: every row one user action changes, each as its state before and after.
 * It is the unit of autosave (one transaction) and of undo (apply it backwards). Pure.
 */
import type { Annotation, RegistryEntity } from '../annotation/types';
import type { TrashRecord } from '../db/records';

/** One row's state before and after: `null` before is a creation, `null` after a deletion. */
export interface RowChange<Row> {
  before: Row | null;
  after: Row | null;
}

/**
 * A trash record coming or going (`trash/trash-writes.ts`). With `movesRows`, the record's
 * rows leave their tables when it is created (a delete) and return when it is removed (a
 * restore); without, only the trash row itself changes ("Delete forever").
 */
export interface TrashChange extends RowChange<TrashRecord> {
  movesRows: boolean;
}

/** A row of another table than annotations and entities (an article archived, say). */
export interface TableRowChange extends RowChange<Record<string, unknown>> {
  table: string;
}

/** What one user action did, named for the Undo menu ("Undo: tag Person"). */
export interface ChangeSet {
  label: string;
  annotations: RowChange<Annotation>[];
  entities: RowChange<RegistryEntity>[];
  /** Deletes and restores through the trash; absent on annotation edits. */
  trash?: TrashChange[];
  /** Rows of other tables; absent on annotation edits. */
  rows?: TableRowChange[];
}

/** The change set that undoes `change`: every row's before and after swapped. */
export function invertChangeSet(change: ChangeSet): ChangeSet {
  const swap = <Row>(rows: RowChange<Row>[]) =>
    rows.map((row) => ({ before: row.after, after: row.before }));
  const inverted: ChangeSet = {
    label: change.label,
    annotations: swap(change.annotations),
    entities: swap(change.entities),
  };
  if (change.trash)
    inverted.trash = change.trash.map((row) => ({ ...row, before: row.after, after: row.before }));
  if (change.rows)
    inverted.rows = change.rows.map((row) => ({ ...row, before: row.after, after: row.before }));
  return inverted;
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
  return (
    same(change.annotations) &&
    same(change.entities) &&
    // A trash change always moves something; comparing records of whole articles would cost.
    (change.trash ?? []).length === 0 &&
    same(change.rows ?? [])
  );
}

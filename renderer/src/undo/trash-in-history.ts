/**
 * How the stored undo history holds a trash record. Deleting an article moves its rows (the
 * text, its annotations, its versions) into one trash row; a step storing the record as well
 * kept every deleted article twice on disk, a 1 MB text two megabytes. While the trash row
 * holds exactly the record, a stored step keeps the record without its rows and reads them
 * back from the trash row when the history loads. Once the trash row is gone (the delete
 * undone, the row restored or purged) the step is the only keeper, and holds them itself.
 */
import { db } from '../db/db';
import type { TrashRecord } from '../db/records';
import type { ChangeSet, TrashChange } from '../store/change-set';

/** A trash record as a stored step holds it while the trash row holds its rows. */
type RecordInTrash = Omit<TrashRecord, 'rows'> & { rows: Record<string, never>; rowsInTrash: true };

/** Whether the trash row `record.id` is the one `record` describes. */
function isHeld(record: TrashRecord, held: TrashRecord | undefined): held is TrashRecord {
  return held !== undefined && held.kind === record.kind && held.deletedAt === record.deletedAt;
}

async function storedRecord(record: TrashRecord | null): Promise<TrashRecord | null> {
  if (!record || !isHeld(record, await db.trash.get(record.id))) return record;
  const inTrash: RecordInTrash = { ...record, rows: {}, rowsInTrash: true };
  return inTrash as TrashRecord;
}

/**
 * `change` as a step stores it, read in the transaction that writes the step: each record
 * the trash holds as it is, without its rows.
 */
export async function storedChange(change: ChangeSet): Promise<ChangeSet> {
  if (!change.trash?.length) return change;
  const trash: TrashChange[] = [];
  for (const part of change.trash)
    trash.push({
      ...part,
      before: await storedRecord(part.before),
      after: await storedRecord(part.after),
    });
  return { ...change, trash };
}

/** Answers `gone` when the trash no longer holds the rows (purged meanwhile). */
async function loadedRecord(record: TrashRecord | null): Promise<TrashRecord | null | 'gone'> {
  if (!record || !(record as Partial<RecordInTrash>).rowsInTrash) return record;
  const held = await db.trash.get(record.id);
  if (!isHeld(record, held)) return 'gone';
  const { rowsInTrash: _, ...rest } = record as RecordInTrash;
  return { ...rest, rows: held.rows };
}

/**
 * A stored step's change with its records whole again; `null` when a record's rows are
 * nowhere any more (the trash emptied itself): that step can no longer be undone or redone.
 */
export async function loadedChange(change: ChangeSet): Promise<ChangeSet | null> {
  if (!change.trash?.length) return change;
  const trash: TrashChange[] = [];
  for (const part of change.trash) {
    const before = await loadedRecord(part.before);
    const after = await loadedRecord(part.after);
    if (before === 'gone' || after === 'gone') return null;
    trash.push({ ...part, before, after });
  }
  return { ...change, trash };
}

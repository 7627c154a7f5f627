/**
 * The undo history's writer: annotation edits go to `writeEdit` as before; deletes,
 * restores and archiving (a change set with `trash` or `rows` parts) are written here, in
 * one transaction over every table they touch.
 */
import { db } from '../db/db';
import { writeEdit } from '../store/annotation-repository';
import type { ChangeSet } from '../store/change-set';
import type { Edit } from '../store/edit';
import { trashTables, writeTableRowChange, writeTrashChange } from './trash-writes';

/** Whether `edit` is a delete, restore or archive rather than an annotation edit. */
export function isWorkspaceChange(edit: Edit): edit is ChangeSet {
  return typeof edit !== 'function' && (!!edit.trash?.length || !!edit.rows?.length);
}

/** Writes `edit` (see the module comment), calling `willWrite` just before, as `writeEdit` does. */
export function writeHistoryEdit(
  edit: Edit,
  willWrite: (change: ChangeSet) => void,
): Promise<ChangeSet> {
  if (!isWorkspaceChange(edit)) return writeEdit(edit, willWrite);
  if (edit.annotations.length > 0 || edit.entities.length > 0)
    throw new Error('A delete or archive change holds no annotation edit.');
  return db.transaction('rw', trashTables(), async () => {
    willWrite(edit);
    for (const change of edit.trash ?? []) await writeTrashChange(change);
    for (const change of edit.rows ?? []) await writeTableRowChange(change);
    return edit;
  });
}

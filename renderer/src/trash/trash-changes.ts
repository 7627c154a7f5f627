/**
 * The change sets of deletes, restores, archiving and "Delete forever", for the undo
 * history: each is applied with `history.apply`, so every one of them can be undone, and
 * its writer (`trash-writes.ts`) checks the rows' state before writing.
 */
import type { AuthorId } from '../annotation/types';
import { db } from '../db/db';
import type { ArticleId, ArticleRecord, TrashRecord } from '../db/records';
import type { ChangeSet } from '../store/change-set';
import { articleTrashRecord, importedSetTrashRecord } from './trash-records';
import { readTrashRetentionDays } from './trash-retention';
import { trashTables } from './trash-writes';

function trashChangeSet(label: string, trash: ChangeSet['trash']): ChangeSet {
  return { label, annotations: [], entities: [], trash };
}

function quoted(records: readonly TrashRecord[]): string {
  return records.length === 1 ? `“${records[0]!.label}”` : `${records.length} items`;
}

/** Moving articles `ids` (those still stored) to the trash, with all that hangs on them. */
export async function articleDeletion(
  ids: readonly ArticleId[],
  now = new Date(),
): Promise<ChangeSet> {
  const days = await readTrashRetentionDays();
  const records = await db.transaction('r', trashTables(), async () => {
    const found = await Promise.all(ids.map((id) => articleTrashRecord(id, now, days)));
    return found.filter((record) => record !== undefined);
  });
  return trashChangeSet(
    `Delete ${quoted(records)}`,
    records.map((after) => ({ before: null, after, movesRows: true })),
  );
}

/** Moving colleague `author`'s imported set to the trash (empty when they are no colleague). */
export async function importedSetDeletion(author: AuthorId, now = new Date()): Promise<ChangeSet> {
  const days = await readTrashRetentionDays();
  const record = await db.transaction('r', trashTables(), () =>
    importedSetTrashRecord(author, now, days),
  );
  const records = record ? [record] : [];
  return trashChangeSet(
    `Delete ${quoted(records)}`,
    records.map((after) => ({ before: null, after, movesRows: true })),
  );
}

/** Putting `record`'s rows back where they were, and taking it out of the trash. */
export function restoration(record: TrashRecord): ChangeSet {
  return trashChangeSet(`Restore “${record.label}”`, [
    { before: record, after: null, movesRows: true },
  ]);
}

/** Removing `record` from the trash for good (undoable while the app keeps its history). */
export function permanentDeletion(records: readonly TrashRecord[]): ChangeSet {
  return trashChangeSet(
    `Delete ${quoted(records)} forever`,
    records.map((before) => ({ before, after: null, movesRows: false })),
  );
}

/** Archiving `article` (hidden from the library's default view), or bringing it back. */
export function archiving(article: ArticleRecord, archived: boolean): ChangeSet {
  const after: ArticleRecord = { ...article };
  if (archived) after.archived = true;
  else delete after.archived;
  const title = article.metadataEdits?.fields.title || article.title;
  return {
    label: `${archived ? 'Archive' : 'Unarchive'} “${title}”`,
    annotations: [],
    entities: [],
    rows: [
      {
        table: 'articles',
        before: article as unknown as Record<string, unknown>,
        after: after as unknown as Record<string, unknown>,
      },
    ],
  };
}

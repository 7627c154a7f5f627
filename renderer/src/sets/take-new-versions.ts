/**
 * "Take the new versions": the changed annotations an import reported (`held-again.ts`)
 * replaced by the file's versions, as one edit the undo history records, so one Ctrl+Z
 * gives every held version back. Built from the rows as stored when it is written, like
 * every edit (`store/edit.ts`). Pure.
 */
import type { Annotation } from '../annotation/types';
import type { RowChange } from '../store/change-set';
import type { ChangeBuilder } from '../store/edit';
import type { AnnotationChange } from './changed-annotations';

/**
 * The edit that gives each held annotation of `changes` the file's version: its label,
 * span and quote, attributes, note, links and modification time. The stored row keeps its
 * id, author (the set it is in) and creation time. A row deleted since the import is left
 * deleted.
 */
export function takeNewVersions(changes: readonly AnnotationChange[]): ChangeBuilder {
  return async (stored) => {
    const latest = await stored.annotations(changes.map((change) => change.held.id));
    const rows: RowChange<Annotation>[] = [];
    changes.forEach((change, n) => {
      const row = latest[n];
      if (!row) return;
      const after = {
        ...change.incoming,
        id: row.id,
        author: row.author,
        createdAt: row.createdAt,
      } as Annotation;
      rows.push({ before: row, after });
    });
    const label = rows.length === 1 ? 'take the new version' : `take ${rows.length} new versions`;
    return { label, annotations: rows, entities: [] };
  };
}

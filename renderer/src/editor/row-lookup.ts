/**
 * Finding one row by id in a list that changes a row at a time (the focused annotation in
 * the analyst's list). The lookup keeps an index of the list by id, built once, and brings
 * it up to date from the note of what changed since (`store/list-changes.ts`): the changed
 * rows only. A search of 50,000 rows is what it saves, at every key press and at every
 * move of the focus (after a tag, the focus moves to the new annotation: a new id, which a
 * lookup remembering only its last answer had to search the whole list for). Pure.
 */
import { listChangeBetween } from '../store/list-changes';

/**
 * A function answering the row of `rows` with `id` (or undefined) that remembers its last
 * list; the same answer as `rows.find((row) => row.id === id)`.
 */
export function createRowLookup<Row extends { id: string }>(): (
  rows: readonly Row[],
  id: string | null,
) => Row | undefined {
  let indexed: { rows: readonly Row[]; byId: Map<string, Row> } | null = null;
  const index = (rows: readonly Row[]) => {
    const byId = new Map<string, Row>();
    // The first row with an id wins, as `find` would answer it.
    for (const row of rows) if (!byId.has(row.id)) byId.set(row.id, row);
    return byId;
  };
  return (rows, id) => {
    // Nothing focused: nothing to look up, and the index catches up at the next lookup.
    if (id === null) return undefined;
    if (indexed === null) indexed = { rows, byId: index(rows) };
    else if (indexed.rows !== rows) {
      const noted = listChangeBetween(indexed.rows, rows);
      if (noted) {
        const { byId } = indexed;
        for (const row of noted.removed) if (byId.get(row.id) === row) byId.delete(row.id);
        for (const row of noted.added) byId.set(row.id, row);
        indexed = { rows, byId };
      } else indexed = { rows, byId: index(rows) };
    }
    return indexed.byId.get(id);
  };
}

/**
 * Records the requests one table is sent, as Dexie's DBCore middleware sees them: a test can
 * then tell a read of one key ("query limit 1") from a count of the whole table, which
 * Chromium answers entry by entry. Installed once per test file, on the app's `db`.
 */
import { db } from '../db/db';

export interface RecordedRequests {
  /** Requests since the last `clear`: `count`, `query limit <n>`, `cursor`. */
  readonly asked: string[];
  clear(): void;
}

export function recordRequests(tableName: string): RecordedRequests {
  const asked: string[] = [];
  db.use({
    stack: 'dbcore',
    name: `recorded-${tableName}-requests`,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== tableName) return table;
        return {
          ...table,
          count: (request) => {
            asked.push('count');
            return table.count(request);
          },
          query: (request) => {
            asked.push(`query limit ${request.limit}`);
            return table.query(request);
          },
          openCursor: (request) => {
            asked.push('cursor');
            return table.openCursor(request);
          },
        };
      },
    }),
  });
  return { asked, clear: () => (asked.length = 0) };
}

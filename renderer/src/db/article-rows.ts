/**
 * Keeps `articleRows` (the library's small rows, `ArticleRowRecord`) in step with
 * `articles`, in the transaction of each write: a Dexie DBCore middleware, as
 * `annotation-totals.ts` is for the totals, so every writer of an article (ingestion, a
 * metadata correction, archiving, the trash, a restore) keeps its row without knowing of
 * it. A row is a pure function of its record (`library/article-row.ts`), so a write only
 * puts the rows of the records it stored, or deletes the rows of those it deleted.
 */
import type { DBCore, DBCoreMutateResponse, Dexie, Middleware } from 'dexie';
import { articleRowOf } from '../library/article-row';
import type { ArticleRecord } from './records';

/** The table of the library's rows. */
export const ARTICLE_ROWS_TABLE = 'articleRows';
const ARTICLES = 'articles';

function throwOnFailure(response: DBCoreMutateResponse): void {
  // A row apart from its record would show the library something else than is stored.
  if (response.numFailures > 0) throw Object.values(response.failures)[0]!;
}

const articleRows: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sourcemark-article-rows',
  create: (down) => {
    if (!down.schema.tables.some((table) => table.name === ARTICLE_ROWS_TABLE)) return down;
    return {
      ...down,
      transaction: (stores, mode, options) =>
        mode === 'readwrite' && stores.includes(ARTICLES) && !stores.includes(ARTICLE_ROWS_TABLE)
          ? down.transaction([...stores, ARTICLE_ROWS_TABLE], mode, options)
          : down.transaction(stores, mode, options),
      table: (name) => {
        const table = down.table(name);
        if (name !== ARTICLES) return table;
        const rows = down.table(ARTICLE_ROWS_TABLE);
        return {
          ...table,
          // No async function: see `annotation-totals.ts`.
          mutate: (request) =>
            table.mutate(request).then((response) => {
              const { trans } = request;
              if (request.type === 'deleteRange') {
                // Rows share the articles' keys: the same range holds their rows.
                return rows
                  .mutate({ type: 'deleteRange', trans, range: request.range })
                  .then(() => response);
              }
              if (request.type === 'delete') {
                return rows
                  .mutate({ type: 'delete', trans, keys: request.keys })
                  .then((answer) => (throwOnFailure(answer), response));
              }
              const stored = (request.values as ArticleRecord[]).filter(
                (_, index) => response.failures[index] === undefined,
              );
              if (stored.length === 0) return response;
              return rows
                .mutate({ type: 'put', trans, values: stored.map(articleRowOf) })
                .then((answer) => (throwOnFailure(answer), response));
            }),
        };
      },
    };
  },
};

/** Installs the rows' upkeep on `database`; call before it opens. */
export function installArticleRows(database: Dexie): void {
  database.use(articleRows);
}

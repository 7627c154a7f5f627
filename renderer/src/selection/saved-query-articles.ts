/**
 * The articles a saved query finds: the query is run again through the search worker (the
 * same engine and text check as the Search screen), and its rows' articles asked of the
 * worker, which keeps the rows, once it is done; then the rows are released.
 *
 * The app has one search worker, and a new run stops the one before it. So saved queries
 * wait their turn here (two selections resolving at once would stop each other), and one
 * stopped by the Search screen runs again once that search is over, rather than leaving its
 * selection "resolving" for ever.
 */
import { sharedSearchClient, type SearchClient } from '../search/search-client';
import type { SavedSearch } from '../search/saved-query-repository';
import type { SearchVocabulary } from '../search/search-vocabulary';
import type { ArticleId } from '../db/records';

/** Runs stopped by other searches before giving up: someone searching without pause. */
export const MAX_INTERRUPTIONS = 3;

/** The saved queries resolving, one after another. */
let turn: Promise<unknown> = Promise.resolve();

type Outcome = { kind: 'ids'; ids: ArticleId[] } | { kind: 'stopped' };

/** One run of `search`: its articles, or `stopped` when a newer run took the worker. */
function runOnce(
  client: SearchClient,
  search: SavedSearch,
  vocabulary: SearchVocabulary,
): Promise<Outcome> {
  return new Promise<Outcome>((resolve, reject) => {
    const id = client.run(
      search.text,
      { includeChrome: search.includeChrome, vocabulary },
      {
        onFound: () => {},
        onDone: () =>
          client
            .articleIds(id)
            .then((ids) => resolve({ kind: 'ids', ids: ids as ArticleId[] }), reject)
            .finally(() => client.release(id)),
        onInvalid: (error) => {
          client.release(id);
          reject(new Error(error));
        },
        onFailed: (error) => {
          client.release(id);
          reject(new Error(error));
        },
        onStopped: () => {
          client.release(id);
          resolve({ kind: 'stopped' });
        },
      },
    );
  });
}

async function resolveInTurn(
  client: SearchClient,
  search: SavedSearch,
  vocabulary: SearchVocabulary,
): Promise<ArticleId[]> {
  for (let interruptions = 0; interruptions < MAX_INTERRUPTIONS; interruptions++) {
    await client.whenIdle();
    const outcome = await runOnce(client, search, vocabulary);
    if (outcome.kind === 'ids') return outcome.ids;
  }
  throw new Error(
    `other searches stopped it ${MAX_INTERRUPTIONS} times. Choose it again once they are done.`,
  );
}

/**
 * The distinct articles `search` finds, in the order its rows came. Rejects with the
 * query's message when it no longer parses (a label renamed since it was saved), or the
 * worker's when the search failed. Saved queries run one at a time, each once the worker is
 * idle; one stopped by another search runs again after it.
 */
export function articlesOfSavedSearch(
  search: SavedSearch,
  vocabulary: SearchVocabulary,
  client: SearchClient = sharedSearchClient(),
): Promise<ArticleId[]> {
  const result = turn.then(() => resolveInTurn(client, search, vocabulary));
  turn = result.catch(() => undefined);
  return result;
}

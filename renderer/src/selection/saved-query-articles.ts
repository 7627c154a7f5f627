/**
 * The articles a saved query finds: the query is run again through the search worker (the
 * same engine and text check as the Search screen), and its rows' articles asked of the
 * worker, which keeps the rows, once it is done; then the rows are released.
 */
import { sharedSearchClient } from '../search/search-client';
import type { SavedSearch } from '../search/saved-query-repository';
import type { SearchVocabulary } from '../search/search-vocabulary';
import type { ArticleId } from '../db/records';

/**
 * The distinct articles `search` finds, in the order its rows came. Rejects with the
 * query's message when it no longer parses (a label renamed since it was saved), or the
 * worker's when the search failed. Running it stops a search still running elsewhere (the
 * app has one search worker).
 */
export function articlesOfSavedSearch(
  search: SavedSearch,
  vocabulary: SearchVocabulary,
): Promise<ArticleId[]> {
  const client = sharedSearchClient();
  return new Promise<ArticleId[]>((resolve, reject) => {
    const id = client.run(
      search.text,
      { includeChrome: search.includeChrome, vocabulary },
      {
        onFound: () => {},
        onDone: () =>
          client
            .articleIds(id)
            .then((ids) => resolve(ids as ArticleId[]), reject)
            .finally(() => client.release(id)),
        onInvalid: (error) => {
          client.release(id);
          reject(new Error(error));
        },
        onFailed: (error) => {
          client.release(id);
          reject(new Error(error));
        },
      },
    );
  });
}

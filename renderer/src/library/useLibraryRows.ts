import { useLiveQuery } from 'dexie-react-hooks';
import { countAnnotationsByArticle, listArticleSummaries } from './article-repository';
import { toLibraryRow, type LibraryRow } from './library-rows';

/** The library's rows, kept live as articles and annotations change; `undefined` while loading. */
export function useLibraryRows(): LibraryRow[] | undefined {
  return useLiveQuery(async () => {
    const [articles, counts] = await Promise.all([
      listArticleSummaries(),
      countAnnotationsByArticle(),
    ]);
    return articles.map((article) => toLibraryRow(article, counts.get(article.id) ?? 0));
  });
}

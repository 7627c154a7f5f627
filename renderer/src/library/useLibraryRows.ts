import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import { countAnnotationsByArticle, listArticleSummaries } from './article-repository';
import { toLibraryRow, type LibraryRow } from './library-rows';

/**
 * The library's rows, kept live as articles and annotations change while the library is
 * on screen; `undefined` while loading. Behind the reader the last rows are kept and not
 * read again: the annotation counts read every annotation's key, so following them there
 * cost each annotation written 100 ms and more on a 10,000-annotation article. Coming back
 * reads them afresh.
 */
export function useLibraryRows(isActive: boolean): LibraryRow[] | undefined {
  const last = useRef<LibraryRow[] | undefined>(undefined);
  return useLiveQuery(async () => {
    // A query that reads nothing is never run again, until `isActive` changes.
    if (!isActive && last.current) return last.current;
    const [articles, counts] = await Promise.all([
      listArticleSummaries(),
      countAnnotationsByArticle(),
    ]);
    last.current = articles.map((article) => toLibraryRow(article, counts.get(article.id) ?? 0));
    return last.current;
  }, [isActive]);
}

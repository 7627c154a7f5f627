/**
 * The occurrences "annotate all occurrences" offers: in this article (immediately) or
 * across the library (after reading every text). Already-tagged spans with the same label
 * by this analyst are left out.
 */
import { useEffect, useMemo, useState } from 'react';
import { findOccurrences } from '../annotation/find-occurrences';
import { isInChrome, type ChromeSpan } from '../annotation/in-chrome';
import type { ArticleId, SpanAnnotation, TextSpan } from '../annotation/types';
import { listSearchableArticles, spansByArticle } from '../store/annotation-repository';

/** One occurrence, with the article it is in. */
export interface Occurrence {
  articleId: ArticleId;
  title: string;
  text: string;
  span: TextSpan;
  /** In page chrome (a menu, a footer): shown as such and unticked at first. */
  isChrome: boolean;
}

export type OccurrenceScope = 'article' | 'library';

interface OccurrenceQuery {
  source: SpanAnnotation;
  text: string;
  title: string;
  /** Page chrome in the open article's `text`. */
  chromeRanges: readonly ChromeSpan[];
  /** The entity's other names, searched too. */
  aliases: readonly string[];
  /** This analyst's span annotations in the open article. */
  annotations: readonly SpanAnnotation[];
}

/** Occurrences in `scope`; `undefined` while the library is being read. */
export function useOccurrences(
  query: OccurrenceQuery,
  scope: OccurrenceScope,
): Occurrence[] | undefined {
  const { source, text, title, chromeRanges, aliases, annotations } = query;
  const inArticle = useMemo(() => {
    const taken = annotations.filter((a) => a.itemId === source.itemId).map((a) => a.span);
    return findOccurrences(text, source.quote.exact, { aliases, skip: taken }).map((span) => ({
      articleId: source.articleId,
      title,
      text,
      span,
      isChrome: isInChrome(span, chromeRanges),
    }));
  }, [annotations, aliases, source, text, title, chromeRanges]);

  const [elsewhere, setElsewhere] = useState<Occurrence[] | undefined>(undefined);
  useEffect(() => {
    if (scope !== 'library') return;
    let isCurrent = true;
    void Promise.all([listSearchableArticles(), spansByArticle(source.author, source.itemId)]).then(
      ([articles, taken]) => {
        if (!isCurrent) return;
        const found = articles
          .filter((article) => article.articleId !== source.articleId)
          .flatMap((article) =>
            findOccurrences(article.text, source.quote.exact, {
              aliases,
              skip: taken.get(article.articleId) ?? [],
            }).map((span) => ({
              articleId: article.articleId,
              title: article.title,
              text: article.text,
              span,
              isChrome: isInChrome(span, article.chromeRanges),
            })),
          );
        setElsewhere(found);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [scope, source, aliases]);

  if (scope === 'article') return inArticle;
  return elsewhere === undefined ? undefined : [...inArticle, ...elsewhere];
}

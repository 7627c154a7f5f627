/**
 * The occurrences "annotate all occurrences" offers: in this article (immediately) or
 * across the library (read a batch of articles at a time, hits shown as they come). Already-tagged spans with the same label
 * by this analyst are left out.
 */
import { useEffect, useMemo, useState } from 'react';
import { findOccurrences } from '../annotation/find-occurrences';
import { isInChrome, type ChromeSpan } from '../annotation/in-chrome';
import type { ArticleId, SpanAnnotation, TextSpan } from '../annotation/types';
import { spansByArticle } from '../store/annotation-repository';
import { scanLibrary, type ScanProgress } from './library-occurrence-scan';

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

/** What `useOccurrences` answers: the hits so far, and how far the library's reading is. */
export interface OccurrenceResults {
  /** The article's hits first, then the library's as they are found. */
  found: readonly Occurrence[];
  /** While the library is read: articles read of all; `null` once complete (or in-article). */
  reading: ScanProgress | null;
}

const NONE: readonly Occurrence[] = [];

/**
 * Occurrences in `scope`. Across the library the articles are read a batch at a time
 * (`library-occurrence-scan.ts`): hits arrive with progress, and closing the dialog stops
 * the reading.
 */
export function useOccurrences(query: OccurrenceQuery, scope: OccurrenceScope): OccurrenceResults {
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

  // Each reading's hits, tagged with the reading they belong to: the first batch of a new
  // reading replaces the last one's, so nothing is reset synchronously in the effect.
  const [elsewhere, setElsewhere] = useState<{
    run: object | null;
    found: readonly Occurrence[];
    reading: ScanProgress | null;
  }>({ run: null, found: NONE, reading: { done: 0, total: 0 } });
  useEffect(() => {
    if (scope !== 'library') return;
    const stop = new AbortController();
    const run = {};
    void spansByArticle(source.author, source.itemId).then((taken) =>
      scanLibrary(
        (article) =>
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
        {
          skip: source.articleId,
          signal: stop.signal,
          onBatch: (hits, progress) =>
            setElsewhere((current) => ({
              run,
              found: current.run !== run ? hits : current.found.concat(hits),
              reading: progress.done < progress.total ? progress : null,
            })),
        },
      ),
    );
    return () => stop.abort();
  }, [scope, source, aliases]);

  const found = useMemo(
    () => (scope === 'article' ? inArticle : inArticle.concat(elsewhere.found)),
    [scope, inArticle, elsewhere.found],
  );
  return { found, reading: scope === 'article' ? null : elsewhere.reading };
}

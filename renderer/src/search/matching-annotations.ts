/**
 * The annotations a query's annotation conditions pick, by article. Checking every one of
 * 200,000 annotations in full took 200–300 ms a query (measured: names compared loosely and
 * label forms looked up per annotation), more than the whole budget for the first rows.
 * Here only the rows that can match are read, from whichever is fewest: the articles the
 * filters allow, the rows of the items the labels name, or the rows with one of the
 * attribute values asked for (`AnnotationStore`); each is then checked in full. What is
 * picked, and its order within an article, is what checking every annotation gave.
 */
import type { Annotation } from '../annotation/types';
import {
  labelsMatch,
  otherConditionsMatch,
  resolvedAttribute,
  type NameLookup,
} from './annotation-match';
import type { AnnotationStore } from './annotation-store';
import type { AnnotationConditions } from './query-types';
import type { SearchVocabulary } from './search-vocabulary';

/** Rows that hold every match (and more), and whether they come in the store's order. */
interface Source {
  size: number;
  rows(): Iterable<Annotation>;
  inStoreOrder: boolean;
}

/** The annotations meeting a query's conditions, asked article by article. */
export interface AnnotationMatcher {
  /** `articleId`'s matching annotations in the store's order; `undefined` when none match. */
  of(articleId: string): Annotation[] | undefined;
}

/**
 * The annotations of `articleIds` meeting `conditions`. When the allowed articles' own rows
 * are the fewest to read, each article is checked only when asked for: a query's first rows
 * then wait for the articles of its first read, not for the 30,000 rows of every allowed
 * article (50 ms of the first rows of `label:technique lang:tr date:2025` at 10,000 articles,
 * measured). Otherwise the label's or attribute's rows are read once, here, and looked up.
 */
export function annotationMatcher(
  store: AnnotationStore,
  articleIds: readonly string[],
  conditions: AnnotationConditions,
  vocabulary: SearchVocabulary,
  names: NameLookup,
): AnnotationMatcher {
  const hasLabels = conditions.labels.length > 0;
  const items = hasLabels
    ? [...store.itemIds()].filter((itemId) => labelsMatch(itemId, conditions.labels, vocabulary))
    : [];
  const allowed = new Set(articleIds);
  const labelled = new Set(items);
  const isMatch = (candidate: Annotation) =>
    candidate.kind === 'span' &&
    allowed.has(candidate.articleId) &&
    (!hasLabels || labelled.has(candidate.itemId)) &&
    otherConditionsMatch(candidate, conditions, vocabulary, names);

  const ofArticles: Source = {
    size: (articleIds.length * store.size) / Math.max(1, store.articleCount),
    *rows() {
      for (const articleId of articleIds) yield* store.ofArticle(articleId);
    },
    inStoreOrder: true,
  };
  const sources: Source[] = [ofArticles];
  if (hasLabels) {
    sources.push({
      size: items.reduce((sum, itemId) => sum + store.countOfItem(itemId), 0),
      *rows() {
        for (const itemId of items) yield* store.ofItem(itemId);
      },
      // One item's rows are in the store's order; several items' come item by item.
      inStoreOrder: items.length <= 1,
    });
  }
  for (const condition of conditions.attributes) {
    const { key, value } = resolvedAttribute(condition, vocabulary);
    const rows = store.withAttribute(key, value);
    sources.push({ size: rows.size, rows: () => rows.values(), inStoreOrder: true });
  }
  const source = sources.reduce((best, next) => (next.size < best.size ? next : best));

  if (source === ofArticles) {
    return {
      of(articleId) {
        if (!allowed.has(articleId)) return undefined;
        const list: Annotation[] = [];
        for (const candidate of store.ofArticle(articleId))
          if (isMatch(candidate)) list.push(candidate);
        return list.length > 0 ? list : undefined;
      },
    };
  }
  const matched = new Map<string, Annotation[]>();
  for (const candidate of source.rows()) {
    if (!isMatch(candidate)) continue;
    const list = matched.get(candidate.articleId);
    if (list) list.push(candidate);
    else matched.set(candidate.articleId, [candidate]);
  }
  if (!source.inStoreOrder) {
    for (const [articleId, list] of matched) {
      if (list.length < 2) continue;
      const picked = new Set(list);
      matched.set(
        articleId,
        [...store.ofArticle(articleId)].filter((annotation) => picked.has(annotation)),
      );
    }
  }
  return { of: (articleId) => matched.get(articleId) };
}

/** The annotations of `articleIds` meeting `conditions`, by article, in the store's order. */
export function matchingAnnotations(
  store: AnnotationStore,
  articleIds: readonly string[],
  conditions: AnnotationConditions,
  vocabulary: SearchVocabulary,
  names: NameLookup,
): Map<string, Annotation[]> {
  const matcher = annotationMatcher(store, articleIds, conditions, vocabulary, names);
  const matched = new Map<string, Annotation[]>();
  for (const articleId of articleIds) {
    const list = matcher.of(articleId);
    if (list) matched.set(articleId, list);
  }
  return matched;
}

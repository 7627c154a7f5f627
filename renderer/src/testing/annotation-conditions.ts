/**
 * What the tests of annotation conditions (`label:`, attributes) share: the default
 * codebook's search vocabulary, a span row with only what the conditions look at, a query's
 * conditions, and a match given as ids by article.
 */
import type { Annotation } from '../annotation/types';
import { loadDefaultCodebook } from '../codebook/default-codebook';
import { parseQuery } from '../search/parse-query';
import type { AnnotationConditions } from '../search/query-types';
import { searchVocabulary } from '../search/search-vocabulary';

export const vocabulary = searchVocabulary(loadDefaultCodebook());
export const names = { analysts: new Map(), entities: new Map() };

export function span(id: string, articleId: string, itemId: string, attributes = {}): Annotation {
  return {
    id,
    kind: 'span',
    articleId,
    itemId,
    attributes,
    span: { start: 0, end: 1 },
    quote: { exact: 'x', prefix: '', suffix: '' },
    codebook: { codebookId: 'c', version: 1 },
    note: '',
    author: 'ana',
    createdAt: '',
    modifiedAt: '',
  } as unknown as Annotation;
}

export function conditions(query: string): AnnotationConditions {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.annotation;
}

export const idsByArticle = (matched: Map<string, Annotation[]>) =>
  Object.fromEntries([...matched].map(([articleId, list]) => [articleId, list.map((a) => a.id)]));

/** Annotations and tally inputs for the statistics tests. */
import type {
  Annotation,
  AnnotationId,
  ArticleId,
  AuthorId,
  CodebookItemId,
} from '../annotation/types';
import type { StatsInput } from './corpus-stats';

/** A span annotation by `me` (fields as given in `extra`). */
export function span(
  id: string,
  articleId: string,
  itemId: string,
  start: number,
  end: number,
  extra: Partial<Annotation> = {},
): Annotation {
  return {
    id: id as AnnotationId,
    articleId: articleId as ArticleId,
    itemId: itemId as CodebookItemId,
    codebook: { codebookId: 'c', version: 1 },
    attributes: {},
    note: '',
    author: 'me' as AuthorId,
    createdAt: '2025-01-01T00:00:00Z',
    modifiedAt: '2025-01-01T00:00:00Z',
    kind: 'span',
    span: { start, end },
    quote: { exact: 'x', prefix: '', suffix: '' },
    ...extra,
  } as Annotation;
}

/** A tally input with labels `L(id)` and categories from the id's first part. */
export function input(partial: Partial<StatsInput>): StatsInput {
  return {
    articles: [],
    annotations: [],
    labels: { labelOf: (id) => `L(${id})`, categoryOf: (id) => id.split('.')[0]! },
    statuses: [],
    analysts: ['me'],
    analystName: (id) => (id === 'me' ? 'Me' : id),
    ...partial,
  };
}

/** Annotation records for tests: complete, valid rows with only what a test cares about set. */
import type {
  AnnotationId,
  ArticleId,
  AuthorId,
  CodebookItemId,
  DocumentAnnotation,
  SpanAnnotation,
} from '../annotation/types';

const BASE = {
  attributes: {},
  note: '',
  author: 'analyst-1' as AuthorId,
  codebook: { codebookId: 'sourcemark-news-default', version: 1 },
  createdAt: '2026-01-01T00:00:00.000Z',
  modifiedAt: '2026-01-01T00:00:00.000Z',
};

/** A span annotation over `text.slice(start, end)` (the quote is taken from `text`). */
export function spanAnnotationOf(
  id: string,
  articleId: ArticleId,
  text: string,
  start: number,
  end: number,
  overrides: Partial<SpanAnnotation> = {},
): SpanAnnotation {
  return {
    ...BASE,
    id: id as AnnotationId,
    articleId,
    kind: 'span',
    itemId: 'entity.person' as CodebookItemId,
    span: { start, end },
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(end, end + 32),
    },
    ...overrides,
  };
}

/** A document-level annotation with `itemId`. */
export function documentAnnotationOf(
  id: string,
  articleId: ArticleId,
  itemId = 'document.genre',
  overrides: Partial<DocumentAnnotation> = {},
): DocumentAnnotation {
  return {
    ...BASE,
    id: id as AnnotationId,
    articleId,
    kind: 'document',
    itemId: itemId as CodebookItemId,
    ...overrides,
  };
}

/** A span annotation by `author` on the first occurrence of `phrase` in `text`. */
export function phraseAnnotationOf(
  articleId: ArticleId,
  text: string,
  phrase: string,
  author = 'analyst-1',
): SpanAnnotation {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return spanAnnotationOf(`${author}:${phrase}`, articleId, text, start, start + phrase.length, {
    author: author as never,
  });
}

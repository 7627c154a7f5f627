/**
 * Per-item reading of a native set: each article, annotation, entity and comment is parsed
 * on its own, checked against what it refers to, and reported as imported, duplicate or error.
 */
import type { z } from 'zod';
import type { Annotation, RegistryEntity } from '../../annotation/types';
import type { AnnotationSet, SetArticle } from './annotation-set';
import type { ImportItemResult, ItemSection } from '../shared/import-result';
import type { envelopeSchema } from './native-schema';
import {
  annotationSchema,
  articleSchema,
  commentSchema,
  describeIssue,
  entitySchema,
} from './native-schema';
import { MAX_THREAD_LENGTH, type SetComment } from './set-comments';
import { checkAgainstArticle } from '../shared/span-check';
import { readWellFormedAnnotation } from './well-formed-annotation';

/** What `each` needs of a schema: `safeParse`. */
type Reader<T> = Pick<z.ZodType<T>, 'safeParse'>;

/** `schema`, tried after `fast` (which answers `undefined` for anything it does not take). */
function fastFirst<T>(fast: (raw: unknown) => T | undefined, schema: z.ZodType<T>): Reader<T> {
  return {
    safeParse: ((raw: unknown) => {
      const data = fast(raw);
      return data === undefined ? schema.safeParse(raw) : { success: true, data };
    }) as z.ZodType<T>['safeParse'],
  };
}

type RawSet = z.infer<typeof envelopeSchema>['set'];

/** Parses the items of an envelope's set, keeping the valid ones. */
export function parseItems(raw: RawSet): { set: AnnotationSet; results: ImportItemResult[] } {
  const results: ImportItemResult[] = [];
  const articles = new Map<string, SetArticle>();
  const annotations = new Map<string, Annotation>();
  const entities = new Map<string, RegistryEntity>();

  each('articles', raw.articles, articleSchema, articles, results, (a) => a as SetArticle);
  each('entities', raw.entities, entitySchema, entities, results, (e) => e as RegistryEntity);
  const annotationReader = fastFirst(readWellFormedAnnotation, annotationSchema);
  each('annotations', raw.annotations, annotationReader, annotations, results, (a) => {
    const annotation = a as Annotation;
    const article = articles.get(annotation.articleId);
    if (!article) return `refers to article ${annotation.articleId}, which is not in the file`;
    return checkAgainstArticle(annotation, article) ?? annotation;
  });
  const comments = new Map<string, SetComment>();
  const threadLengths = new Map<string, number>();
  // Every annotation id the file names, refused ones included, to say why a comment is
  // refused: gathered at the first such comment (a set of 100,000 ids for none, before).
  let named: Set<string> | undefined;
  const isNamed = (id: string) =>
    (named ??= new Set(
      results.flatMap((r) => (r.section === 'annotations' && r.id ? [r.id] : [])),
    )).has(id);
  each('comments', raw.comments, commentSchema, comments, results, (c) => {
    const comment = c as SetComment;
    if (!annotations.has(comment.annotationId)) {
      const why = isNamed(comment.annotationId) ? 'was refused' : 'is not in the file';
      return `comments on annotation ${comment.annotationId}, which ${why}`;
    }
    const length = (threadLengths.get(comment.annotationId) ?? 0) + 1;
    if (length > MAX_THREAD_LENGTH) {
      return `the thread on annotation ${comment.annotationId} is longer than ${MAX_THREAD_LENGTH} comments`;
    }
    threadLengths.set(comment.annotationId, length);
    return comment;
  });

  return {
    set: {
      author: raw.author as AnnotationSet['author'],
      codebook: raw.codebook,
      articles: [...articles.values()],
      annotations: [...annotations.values()],
      entities: [...entities.values()],
      comments: [...comments.values()],
    },
    results,
  };
}

/** Parses one list; `accept` returns the item to keep or a reason to refuse it. */
function each<Out extends { id: string }, T extends { id: string }>(
  section: ItemSection,
  items: unknown[],
  schema: Reader<Out>,
  into: Map<string, T>,
  results: ImportItemResult[],
  accept: (parsed: Out) => T | string,
): void {
  items.forEach((item, index) => {
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      const id = (item as { id?: unknown } | null)?.id;
      results.push({
        kind: 'error',
        section,
        index,
        ...(typeof id === 'string' ? { id } : {}),
        reason: describeIssue(parsed.error),
      });
      return;
    }
    const { id } = parsed.data;
    if (into.has(id)) {
      results.push({ kind: 'duplicate', section, index, id });
      return;
    }
    const accepted = accept(parsed.data);
    if (typeof accepted === 'string') {
      results.push({ kind: 'error', section, index, id, reason: accepted });
      return;
    }
    into.set(id, accepted);
    results.push({ kind: 'imported', section, index, id });
  });
}

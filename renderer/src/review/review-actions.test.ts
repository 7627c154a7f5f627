import { expect, it } from 'vitest';
import type { AnnotationId, ArticleId, AuthorId, CodebookItemId } from '../annotation/types';
import { spanAnnotationOf } from '../testing/annotation-records';
import { acceptAnnotation, copyForAuthor } from './review-actions';

const text = 'Ilham Aliyev met officials in Washington.';
const article = 'article-1' as ArticleId;
const theirs = spanAnnotationOf('theirs-1', article, text, 0, 12, {
  author: 'colleague' as AuthorId,
  attributes: { verdict: 'false' },
  note: 'check',
  links: { sourceId: 'x' as AnnotationId },
});
const deps = { now: () => new Date('2026-02-01T10:00:00Z'), newId: () => 'new-1' as AnnotationId };
const me = 'me' as AuthorId;

it('copies a colleague annotation under a new id and author, dropping their links', () => {
  const copy = copyForAuthor(theirs, me, undefined, deps);
  expect(copy).toMatchObject({
    id: 'new-1',
    author: 'me',
    itemId: 'entity.person',
    span: { start: 0, end: 12 },
    quote: theirs.quote,
    attributes: { verdict: 'false' },
    note: 'check',
    createdAt: '2026-02-01T10:00:00.000Z',
    modifiedAt: '2026-02-01T10:00:00.000Z',
  });
  expect(copy).not.toHaveProperty('links');
  expect(copy.attributes).not.toBe(theirs.attributes);
  expect(theirs.author).toBe('colleague');
});

it('accepts as one change set, relabelled and replacing my conflicting tag', () => {
  const mine = spanAnnotationOf('mine-1', article, text, 0, 12, { author: me });
  const change = acceptAnnotation(
    {
      source: theirs,
      author: me,
      itemId: 'entity.org' as CodebookItemId,
      replaces: mine,
      label: 'Accept into my set',
    },
    deps,
  );
  expect(change.label).toBe('Accept into my set');
  expect(change.annotations).toHaveLength(2);
  expect(change.annotations[0]).toMatchObject({
    before: null,
    after: { id: 'new-1', itemId: 'entity.org', author: 'me' },
  });
  expect(change.annotations[1]).toEqual({ before: mine, after: null });
});

it('refuses to copy an annotation into its own set', () => {
  expect(() => acceptAnnotation({ source: theirs, author: theirs.author, label: 'x' })).toThrow(
    RangeError,
  );
});

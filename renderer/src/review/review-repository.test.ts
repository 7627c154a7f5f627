import 'fake-indexeddb/auto';
import { beforeEach, expect, it } from 'vitest';
import type { AnnotationId, ArticleId, AuthorId } from '../annotation/types';
import { db } from '../db/db';
import {
  addComment,
  getOrCreateGoldAnalyst,
  listAnalysts,
  listArticleComments,
} from './review-repository';

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

it('creates one gold analyst on first use and reuses it', async () => {
  const [first, second] = await Promise.all([getOrCreateGoldAnalyst(), getOrCreateGoldAnalyst()]);
  expect(first).toEqual(second);
  expect(first).toMatchObject({ name: 'Gold', role: 'gold' });
  expect(await listAnalysts()).toHaveLength(1);
});

it('stores comments one by one and lists an article thread oldest first', async () => {
  const base = {
    annotationId: 'a1' as AnnotationId,
    articleId: 'art' as ArticleId,
    author: 'me' as AuthorId,
  };
  await addComment({ ...base, body: ' second ' }, new Date('2026-01-02T00:00:00Z'));
  await addComment({ ...base, body: 'first' }, new Date('2026-01-01T00:00:00Z'));
  await addComment({ ...base, articleId: 'other' as ArticleId, body: 'elsewhere' });
  const thread = await listArticleComments('art' as ArticleId);
  expect(thread.map((c) => c.body)).toEqual(['first', 'second']);
  expect(thread[0]).toMatchObject({ author: 'me', annotationId: 'a1' });
  await expect(addComment({ ...base, body: '   ' })).rejects.toThrow(RangeError);
  await expect(addComment({ ...base, body: 'x'.repeat(4001) })).rejects.toThrow('at most 4000');
  expect(await db.comments.count()).toBe(3);
});

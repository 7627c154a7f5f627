import { expect, it } from 'vitest';
import type { AnnotationId, ArticleId, AuthorId, CodebookItemId } from '../annotation/types';
import { indexCodebook } from '../codebook/codebook-lookup';
import { loadDefaultCodebook } from '../codebook/default-codebook';
import type { StoredRows } from '../store/edit';
import { buildEdit } from '../store/edit';
import { documentAnnotationOf, spanAnnotationOf } from '../testing/annotation-records';
import { acceptFieldEdit } from './accept-field';

const text = 'The minister said the deal was signed.';
const article = 'art-1' as ArticleId;
const me = 'me' as AuthorId;
const ann = 'ann' as AuthorId;
const deps = { now: () => new Date('2026-03-01T00:00:00Z'), newId: () => 'new-1' as AnnotationId };
const codebook = { codebookId: 'sourcemark-news-default', version: 1 };
const profileItem = indexCodebook(loadDefaultCodebook()).byId.get('document.profile')!;

/** Stored rows as the edit history would read them inside its transaction. */
const storedOf = (...rows: { id: string }[]): StoredRows => ({
  annotations: async (ids) => ids.map((id) => rows.find((row) => row.id === id) as never),
  documentAnnotation: async (_article, author, itemId) =>
    rows.find(
      (row) =>
        (row as { author?: string }).author === author &&
        (row as { itemId?: string }).itemId === itemId,
    ) as never,
});

it('sets my claim’s verdict to the colleague’s, keeping my annotation', async () => {
  const mine = spanAnnotationOf('m1', article, text, 0, 12, {
    author: me,
    itemId: 'claim.claim' as CodebookItemId,
    attributes: { verdict: 'false', claimType: 'causal' },
  });
  const theirs = spanAnnotationOf('t1', article, text, 0, 12, {
    author: ann,
    itemId: 'claim.claim' as CodebookItemId,
    attributes: { verdict: 'misleading' },
  });
  const edit = acceptFieldEdit(
    {
      item: {
        kind: 'attribute',
        base: mine,
        other: theirs,
        field: { key: 'verdict', base: 'false', other: 'misleading' },
      },
      side: 'other',
      author: me,
      codebook,
      label: 'Accept Verdict',
    },
    deps,
  );
  const change = await buildEdit(edit, storedOf(mine, theirs));
  expect(change.label).toBe('Accept Verdict');
  expect(change.annotations).toHaveLength(1);
  expect(change.annotations[0]!.before).toBe(mine);
  expect(change.annotations[0]!.after).toMatchObject({
    id: 'm1',
    author: 'me',
    attributes: { verdict: 'misleading', claimType: 'causal' },
  });
});

it('copies the colleague’s claim into a set that has no counterpart (gold)', async () => {
  const theirs = spanAnnotationOf('t1', article, text, 0, 12, {
    author: ann,
    attributes: { verdict: 'misleading' },
  });
  const edit = acceptFieldEdit(
    {
      item: {
        kind: 'attribute',
        base: theirs,
        other: spanAnnotationOf('b1', article, text, 0, 12, { author: 'bob' as AuthorId }),
        field: { key: 'verdict', base: 'misleading', other: undefined },
      },
      side: 'base',
      author: 'gold' as AuthorId,
      codebook,
      label: 'Accept Verdict into gold',
    },
    deps,
  );
  const change = await buildEdit(edit, storedOf());
  expect(change.annotations[0]).toMatchObject({
    before: null,
    after: { id: 'new-1', author: 'gold', attributes: { verdict: 'misleading' } },
  });
});

it('writes a profile field into my profile, creating the profile when I have none', async () => {
  const theirs = documentAnnotationOf('p-ann', article, 'document.profile', {
    author: ann,
    attributes: { genre: 'opinion' },
  });
  const item = {
    kind: 'document' as const,
    base: null,
    other: theirs,
    field: { key: 'genre', base: undefined, other: 'opinion' },
  };
  const request = { item, side: 'other' as const, author: me, documentItem: profileItem };
  const created = await buildEdit(
    acceptFieldEdit({ ...request, codebook, label: 'Accept Genre' }, deps),
    storedOf(theirs),
  );
  expect(created.annotations[0]).toMatchObject({
    before: null,
    after: { id: 'new-1', kind: 'document', author: 'me', attributes: { genre: 'opinion' } },
  });

  const mine = documentAnnotationOf('p-me', article, 'document.profile', {
    author: me,
    attributes: { genre: 'reporting', outletType: 'unknown' },
  });
  const updated = await buildEdit(
    acceptFieldEdit({ ...request, codebook, label: 'Accept Genre' }, deps),
    storedOf(theirs, mine),
  );
  expect(updated.annotations[0]!.after).toMatchObject({
    id: 'p-me',
    attributes: { genre: 'opinion', outletType: 'unknown' },
  });
});

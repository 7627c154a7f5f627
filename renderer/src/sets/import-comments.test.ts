import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnnotationId, ArticleId, AuthorId } from '../annotation/types';
import { db } from '../db/db';
import type { AnnotationSet } from '../formats/native/annotation-set';
import { serializeNativeSet } from '../formats/native/native-envelope';
import type { SetComment } from '../formats/native/set-comments';
import { REJECTED_COMMENT } from '../review/review-actions';
import { spanAnnotationOf } from '../testing/annotation-records';
import { countCommentOutcomes, countOutcomes } from './import-report';
import { importIncomingSet } from './import-set';
import { readSetFile, type ReadContext } from './read-set-file';
import { seedArticle } from './sets-testing';
import { sha256Hex } from './sha256';

const TEXT = 'Titre\n\nBakou, 11 mars. Djeyhoun Baïramov a rencontré Murat Nurtleu à Astana.';
const AYSEL = 'c0ffee00-0000-4000-8000-000000000001' as AuthorId;
const RAHIM = 'c0ffee00-0000-4000-8000-000000000002' as AuthorId;
const STAMP = { exportedAt: '2026-03-11T10:00:00.000Z', appVersion: '0.1.0' };
const context: ReadContext = {
  colleagueName: 'Someone',
  codebook: { codebookId: 'sourcemark-news-default', version: 1 },
  itemIdForLabel: () => undefined,
  now: '2026-03-11T10:00:00.000Z',
  libraryArticles: async () => [],
};

function comment(id: string, annotationId: string, extra: Partial<SetComment> = {}): SetComment {
  return {
    id,
    annotationId: annotationId as AnnotationId,
    author: AYSEL,
    authorName: 'Aysel',
    body: `Comment ${id}`,
    createdAt: `2026-03-0${id.slice(-1)}T09:00:00.000Z`,
    ...extra,
  };
}

/** Aysel's set on `theirs-1` (the library holds the same text as `mine`), with a thread. */
async function ayselSet(comments: SetComment[]): Promise<string> {
  const article = 'theirs-1' as ArticleId;
  const at = (phrase: string, id: string) => {
    const start = TEXT.indexOf(phrase);
    return spanAnnotationOf(id, article, TEXT, start, start + phrase.length, { author: AYSEL });
  };
  const set: AnnotationSet = {
    author: { id: AYSEL, name: 'Aysel' },
    codebook: context.codebook,
    articles: [
      {
        id: article,
        title: 'Titre',
        textSha256: await sha256Hex(TEXT),
        textLength: TEXT.length,
        sourceName: 'x.txt',
      },
    ],
    annotations: [at('Djeyhoun Baïramov', 'n1'), at('Murat Nurtleu', 'n2')],
    entities: [],
    comments,
  };
  return serializeNativeSet(set, STAMP);
}

async function importFile(file: string) {
  const read = await readSetFile('a.sourcemark.json', file, context);
  if (!read.ok) throw new Error(read.reason);
  return importIncomingSet(read.incoming, context.now);
}

const THREAD = [
  comment('c1', 'n1'),
  comment('c2', 'n1', { author: RAHIM, authorName: 'Rahim', body: 'Agreed.' }),
  comment('c3', 'n2', {
    author: RAHIM,
    authorName: 'Rahim',
    body: REJECTED_COMMENT,
    isRejection: true,
  }),
];

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  await seedArticle('mine', TEXT);
});

describe('importing review comments', () => {
  it('stores the thread on the library article, names the reviewer, and dedupes on re-import', async () => {
    const file = await ayselSet(THREAD);
    const report = await importFile(file);
    expect(countOutcomes(report)).toMatchObject({ imported: 2, error: 0 });
    expect(countCommentOutcomes(report)).toEqual({ imported: 3, duplicate: 0, error: 0 });
    const stored = await db.comments.orderBy('id').toArray();
    expect(stored).toEqual([
      {
        id: 'c1',
        annotationId: 'n1',
        articleId: 'mine',
        author: AYSEL,
        body: 'Comment c1',
        createdAt: '2026-03-01T09:00:00.000Z',
      },
      expect.objectContaining({ id: 'c2', articleId: 'mine', author: RAHIM, body: 'Agreed.' }),
      expect.objectContaining({ id: 'c3', annotationId: 'n2', body: REJECTED_COMMENT }),
    ]);
    // Rahim owns no annotation here: he is a colleague by his comments alone.
    expect(await db.analysts.get(RAHIM)).toEqual({ id: RAHIM, name: 'Rahim', role: 'colleague' });
    expect(await db.analysts.get(AYSEL)).toMatchObject({ name: 'Aysel', role: 'colleague' });

    const again = await importFile(file);
    expect(countCommentOutcomes(again)).toEqual({ imported: 0, duplicate: 3, error: 0 });
    expect(await db.comments.count()).toBe(3);
  });

  it('attaches comments on annotations already held to the held annotation', async () => {
    await importFile(await ayselSet([]));
    const report = await importFile(await ayselSet(THREAD));
    expect(countOutcomes(report)).toMatchObject({ imported: 0, duplicate: 2 });
    expect(countCommentOutcomes(report)).toMatchObject({ imported: 3 });
    const stored = await db.comments.toArray();
    expect(stored.map((c) => c.articleId)).toEqual(['mine', 'mine', 'mine']);
  });

  it('reports comments on unknown or refused annotations per item and imports the rest', async () => {
    const file = JSON.parse(await ayselSet(THREAD));
    file.set.comments.push({ ...file.set.comments[0], id: 'c8', annotationId: 'ghost' });
    file.set.comments.push({ ...file.set.comments[0], id: 'c9', body: 'x'.repeat(5000) });
    const report = await importFile(JSON.stringify(file));
    expect(countCommentOutcomes(report)).toEqual({ imported: 3, duplicate: 0, error: 2 });
    expect(report.items.filter((i) => i.isComment && i.kind === 'error')).toEqual([
      expect.objectContaining({
        location: 'comments[3]',
        detail: expect.stringContaining('ghost'),
      }),
      expect.objectContaining({ location: 'comments[4]', id: 'c9' }),
    ]);
  });

  it('refuses a comment whose annotation did not land, without failing the import', async () => {
    const read = await readSetFile('a.sourcemark.json', await ayselSet(THREAD), context);
    if (!read.ok) throw new Error(read.reason);
    const stray = { comment: comment('c7', 'not-here'), location: 'replies[0]' };
    const report = await importIncomingSet(
      { ...read.incoming, comments: [...read.incoming.comments!, stray] },
      context.now,
    );
    expect(report.items.at(-1)).toMatchObject({
      kind: 'error',
      isComment: true,
      detail: 'its annotation not-here was not imported',
    });
    expect(await db.comments.count()).toBe(3);
  });

  it('writes nothing when storing the comments fails: one transaction', async () => {
    const spy = vi.spyOn(db.comments, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(importFile(await ayselSet(THREAD))).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await db.annotations.count()).toBe(0);
    expect(await db.comments.count()).toBe(0);
    expect(await db.analysts.get(RAHIM)).toBeUndefined();
  });
});

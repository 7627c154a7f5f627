import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SourceChanges } from '../../../preload/api';
import type { SpanAnnotation } from '../annotation/types';
import { db } from '../db/db';
import type { ArticleId } from '../db/records';
import { addIngestedArticles } from '../library/article-repository';
import { phraseAnnotationOf } from '../testing/annotation-records';
import { ingestedArticle } from '../testing/ingested-article';
import { applySourceChanges } from './apply-source-changes';

const PATH = '/news/corridor.txt';
const BEFORE =
  'Le corridor médian gagne en importance\n\nSelon le ministre, les échanges ont doublé. ' +
  'Le port de Bakou reste saturé.';
const AFTER =
  'Le corridor médian gagne en importance\n\nMise à jour : selon le ministre, les échanges ont doublé.';

const none: SourceChanges = { changed: [], failed: [], missing: [], restored: [], hasMore: false };

async function stored(): Promise<ArticleId> {
  const { outcomes } = await addIngestedArticles([await ingestedArticle(PATH, BEFORE)]);
  if (outcomes[0]?.kind !== 'added') throw new Error('not added');
  return outcomes[0].id;
}

const tag = (articleId: ArticleId, phrase: string, author?: string) =>
  phraseAnnotationOf(articleId, BEFORE, phrase, author);

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

describe('applySourceChanges', () => {
  it('replaces a changed text, re-anchors every author’s annotations and says what happened', async () => {
    const id = await stored();
    await db.annotations.bulkAdd([
      tag(id, 'échanges ont doublé', 'colleague'),
      tag(id, 'port de Bakou'),
    ]);

    const messages = await applySourceChanges({
      ...none,
      changed: [await ingestedArticle(PATH, AFTER)],
    });

    expect(messages).toEqual([
      expect.stringMatching(
        /^“Le corridor médian gagne en importance” changed on disk.*1 of 2 annotations re-anchored \(1 moved\), 1 orphaned/,
      ),
    ]);
    expect((await db.articleTexts.get(id))?.text).toBe(AFTER);
    expect((await db.articleVersions.get([id, 1]))?.text).toBe(BEFORE);
    const moved = (await db.annotations.get(
      'colleague:échanges ont doublé' as never,
    )) as SpanAnnotation;
    expect(AFTER.slice(moved.span.start, moved.span.end)).toBe('échanges ont doublé');
    const orphan = (await db.annotations.get('analyst-1:port de Bakou' as never)) as SpanAnnotation;
    expect(orphan.orphanedFrom).toBe(1);
  });

  it('marks a missing source once, keeps the article and annotations, and clears the mark on return', async () => {
    const id = await stored();
    await db.annotations.add(tag(id, 'port de Bakou'));

    expect(await applySourceChanges({ ...none, missing: [PATH] })).toEqual([
      expect.stringMatching(/source file is missing \(\/news\/corridor\.txt\)/),
    ]);
    expect(await applySourceChanges({ ...none, missing: [PATH] })).toEqual([]);
    expect((await db.articles.get(id))?.sourceMissing).toBe(true);
    expect(await db.annotations.count()).toBe(1);

    expect(await applySourceChanges({ ...none, restored: [PATH] })).toEqual([
      expect.stringMatching(/source file is back/),
    ]);
    expect((await db.articles.get(id))?.sourceMissing).toBe(false);
  });

  it('keeps the text of an article whose file changed into something unreadable, and says so', async () => {
    const id = await stored();
    const messages = await applySourceChanges({
      ...none,
      failed: [{ path: PATH, reason: 'binary', message: '"corridor.txt" is not text.' }],
    });
    expect(messages).toEqual([expect.stringMatching(/could not be read again.*not text/)]);
    expect((await db.articleTexts.get(id))?.text).toBe(BEFORE);
  });

  it('takes the new body and chrome ranges with the new text', async () => {
    const id = await stored();
    const next = await ingestedArticle(PATH, AFTER, {
      chromeRanges: [{ start: 0, end: 5, kind: 'navigation' }],
    });
    await applySourceChanges({ ...none, changed: [next] });
    expect((await db.articleTexts.get(id))?.chromeRanges).toEqual(next.chromeRanges);
    expect((await db.articleTexts.get(id))?.bodyRanges).toEqual(next.bodyRanges);
  });
});

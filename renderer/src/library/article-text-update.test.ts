import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SpanAnnotation } from '../annotation/types';
import { db } from '../db/db';
import { storeAsImported } from '../testing/imported-annotations';
import type { ArticleId } from '../db/records';
import { phraseAnnotationOf } from '../testing/annotation-records';
import { ingestedArticle } from '../testing/ingested-article';
import { addIngestedArticles } from './article-repository';
import { updateArticleText } from './article-text-update';

const BEFORE =
  'Bakou, 11 mars, AZERTAC\n\nLe ministre 😀 Djeyhoun Baïramov a reçu Murat Nurtleu. ' +
  'Les parties ont évoqué le corridor médian.';
// An inserted sentence moves the names; the corridor sentence is deleted.
const AFTER =
  'Bakou, 11 mars, AZERTAC\n\nSelon le communiqué officiel publié mardi, le ministre 😀 ' +
  'Djeyhoun Baïramov a reçu Murat Nurtleu.';

async function storedArticle(): Promise<ArticleId> {
  const { outcomes } = await addIngestedArticles([await ingestedArticle('/a/azertac.txt', BEFORE)]);
  const first = outcomes[0];
  if (first?.kind !== 'added') throw new Error('not added');
  return first.id;
}

const tag = (articleId: ArticleId, phrase: string, author?: string) =>
  phraseAnnotationOf(articleId, BEFORE, phrase, author);

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

describe('updateArticleText', () => {
  it('keeps the old text, moves found annotations of every author, keeps orphans', async () => {
    const id = await storedArticle();
    const minister = tag(id, 'Djeyhoun Baïramov');
    const colleagues = tag(id, 'Murat Nurtleu', 'colleague');
    const corridor = tag(id, 'corridor médian');
    await db.annotations.bulkAdd([minister, corridor]);
    // The colleague's annotation came with an imported set: it is stored in a pack.
    await storeAsImported([colleagues]);

    const outcome = await updateArticleText(id, await ingestedArticle('/a/azertac.txt', AFTER));

    expect(outcome).toMatchObject({ kind: 'updated', version: 1 });
    if (outcome.kind !== 'updated') return;
    expect(outcome.counts).toMatchObject({ orphaned: 1 });
    expect(outcome.counts.moved + outcome.counts.exact + outcome.counts.fuzzy).toBe(2);
    const rows = new Map(
      (await db.annotations.toArray()).map((row) => [row.id, row as SpanAnnotation]),
    );
    for (const moved of [minister, colleagues]) {
      const row = rows.get(moved.id)!;
      expect(AFTER.slice(row.span.start, row.span.end)).toBe(moved.quote.exact);
      expect(row.orphanedFrom).toBeUndefined();
    }
    const orphan = rows.get(corridor.id)!;
    expect(orphan.orphanedFrom).toBe(1);
    expect(orphan.span).toEqual(corridor.span);
    expect((await db.articleVersions.get([id, 1]))?.text).toBe(BEFORE);
    expect((await db.articleTexts.get(id))?.text).toBe(AFTER);
    expect(await db.annotationPacks.count()).toBe(0);
  });

  it('answers unchanged for the same text, and refuses a text another article has', async () => {
    const id = await storedArticle();
    expect(await updateArticleText(id, await ingestedArticle('/a/azertac.txt', BEFORE))).toEqual({
      kind: 'unchanged',
    });
    await addIngestedArticles([await ingestedArticle('/a/other.txt', AFTER)]);
    const outcome = await updateArticleText(id, await ingestedArticle('/a/azertac.txt', AFTER));
    expect(outcome.kind).toBe('refused');
    expect((await db.articleTexts.get(id))?.text).toBe(BEFORE);
    expect(await db.articleVersions.count()).toBe(0);
  });
});

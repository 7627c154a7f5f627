import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/db';
import type { ArticleId } from '../db/records';
import { ingestedArticle } from '../testing/ingested-article';
import { addIngestedArticles, getArticle } from './article-repository';
import {
  correctMetadataField,
  dismissSuggestion,
  MissingArticleError,
} from './metadata-edits-repository';

const TEXT =
  'Une visite historique\n\nPar Kadir Duran\n\nMazahir Afandiyev\nMembre du Milli Majlis\n';
const METADATA = {
  bylines: [
    { name: 'Kadir Duran', kind: 'byline' as const },
    { name: 'Mazahir Afandiyev', role: 'Membre du Milli Majlis', kind: 'signature' as const },
  ],
  byline: 'Kadir Duran, Mazahir Afandiyev',
  outlet: { name: 'BRUXELLES KORNER BLOG', confidence: 'high' as const },
  suggestions: [{ field: 'genre' as const, value: 'opinion', reason: 'Signed by an MP' }],
};

async function addArticle(): Promise<ArticleId> {
  const article = await ingestedArticle('/news/visite.txt', TEXT, { metadata: METADATA });
  const { outcomes } = await addIngestedArticles([article]);
  return outcomes[0]!.kind === 'added' ? outcomes[0]!.id : ('' as ArticleId);
}

beforeEach(async () => {
  // Dexie captured fake-indexeddb at import: start each test on a deleted database.
  await db.delete({ disableAutoOpen: false });
});

describe('correctMetadataField', () => {
  it('stores the correction beside what ingestion found, which stays as it was', async () => {
    const id = await addArticle();
    await correctMetadataField(id, 'byline', 'Mazahir Afandiyev, Membre du Milli Majlis');
    await correctMetadataField(id, 'title', 'Tribune : une visite historique');
    const stored = await getArticle(id);
    expect(stored?.metadataEdits?.fields).toEqual({
      byline: 'Mazahir Afandiyev, Membre du Milli Majlis',
      title: 'Tribune : une visite historique',
    });
    expect(stored?.metadata).toEqual(METADATA);
    expect(stored?.title).toBe('Une visite historique');
  });

  it('drops the correction when the value is set back to what was found', async () => {
    const id = await addArticle();
    await correctMetadataField(id, 'outlet', 'Bruxelles Korner');
    await correctMetadataField(id, 'outlet', 'BRUXELLES KORNER BLOG');
    expect((await getArticle(id))?.metadataEdits?.fields).toEqual({});
  });

  it('composes corrections made at once, each on the row as stored', async () => {
    const id = await addArticle();
    await Promise.all([
      correctMetadataField(id, 'outlet', 'Bruxelles Korner'),
      correctMetadataField(id, 'publishedDate', '2025-08-10'),
      dismissSuggestion(id, 'genre:opinion'),
    ]);
    const edits = (await getArticle(id))?.metadataEdits;
    expect(edits?.fields).toEqual({ outlet: 'Bruxelles Korner', publishedDate: '2025-08-10' });
    expect(edits?.dismissedSuggestions).toEqual(['genre:opinion']);
  });

  it('rejects, writing nothing, when the article is gone', async () => {
    await expect(correctMetadataField('nope' as ArticleId, 'outlet', 'x')).rejects.toBeInstanceOf(
      MissingArticleError,
    );
    expect(await db.articles.count()).toBe(0);
  });
});

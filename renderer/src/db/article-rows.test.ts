import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { addIngestedArticles } from '../library/article-repository';
import { articleRowOf } from '../library/article-row';
import { correctMetadataField } from '../library/metadata-edits-repository';
import { EditHistory } from '../store/edit-history';
import { ingestedArticle } from '../testing/ingested-article';
import { writeHistoryEdit } from '../trash/history-write';
import { archiving, articleDeletion } from '../trash/trash-changes';
import { UndoJournal } from '../undo/undo-journal';
import { db, SourcemarkDatabase } from './db';
import type { ArticleId } from './records';

/** The stored rows, and the rows the stored records make: equal while they are in step. */
async function expectRowsInStep(database: SourcemarkDatabase = db): Promise<void> {
  const records = await database.articles.toArray();
  expect(await database.articleRows.toArray()).toEqual(records.map(articleRowOf));
}

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

describe('the library’s stored rows', () => {
  it('follow ingestion, corrections, archiving, the trash and its undo', async () => {
    const report = await addIngestedArticles([
      await ingestedArticle('/news/a.txt', 'Un premier article.\nAvec du texte.'),
      await ingestedArticle('/news/b.txt', 'Un second article.\nAvec un autre texte.'),
    ]);
    const [a, b] = report.outcomes.map((outcome) =>
      outcome.kind === 'added' ? outcome.id : ('' as ArticleId),
    );
    await expectRowsInStep();
    expect(await db.articleRows.count()).toBe(2);

    await correctMetadataField(a!, 'outlet', 'Le Monde');
    await correctMetadataField(a!, 'title', 'Titre corrigé');
    await expectRowsInStep();
    expect(await db.articleRows.get(a!)).toMatchObject({
      outlet: 'Le Monde',
      title: 'Titre corrigé',
    });

    const history = new EditHistory(writeHistoryEdit, new UndoJournal());
    await history.apply(archiving((await db.articles.get(b!))!, true));
    await expectRowsInStep();
    expect((await db.articleRows.get(b!))?.archived).toBe(true);

    await history.apply(await articleDeletion([a!]));
    await expectRowsInStep();
    expect(await db.articleRows.get(a!)).toBeUndefined();
    await history.undo();
    await expectRowsInStep();

    await db.articles.clear();
    expect(await db.articleRows.count()).toBe(0);
  });

  it('are made by the schema upgrade for the articles stored before it', async () => {
    const name = 'rows-upgrade';
    await Dexie.delete(name);
    const old = new Dexie(name);
    old.version(7).stores({ articles: 'id, &textSha256, addedAt, title, language, sourcePath' });
    const article = {
      id: 'a1',
      title: 'Avant',
      sourcePath: '/news/a1.txt',
      sourceName: 'a1.txt',
      format: 'txt',
      sizeBytes: 3,
      modifiedAtMs: 0,
      encoding: 'UTF-8',
      language: 'fr',
      textSha256: 'x',
      textLength: 3,
      addedAt: '2025-01-01T00:00:00.000Z',
      metadataEdits: { fields: { outlet: 'Libération' }, dismissedSuggestions: [], editedAt: '' },
    };
    await old.table('articles').add(article);
    old.close();
    const upgraded = new SourcemarkDatabase(name);
    try {
      await expectRowsInStep(upgraded);
      expect((await upgraded.articleRows.get('a1' as ArticleId))?.outlet).toBe('Libération');
    } finally {
      upgraded.close();
      await Dexie.delete(name);
    }
  });
});

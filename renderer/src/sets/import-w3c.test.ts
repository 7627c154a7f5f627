/**
 * W3C files into a profile that lacks their articles: the texts the export embedded become
 * library articles (if the analyst lets them), and a target whose source is unknown is found
 * by its quote in the library's own copy, reported as moved, never as simply imported.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ArticleId, AuthorId } from '../annotation/types';
import { db } from '../db/db';
import type { AnnotationSet } from '../formats/native/annotation-set';
import { toW3cCollection } from '../formats/w3c/to-w3c';
import { spanAnnotationOf } from '../testing/annotation-records';
import { readSetSource, storeReadSet } from './import-file';
import { countOutcomes } from './import-report';
import { importIncomingSet } from './import-set';
import { readSetFile, type ReadContext } from './read-set-file';
import { listLibraryArticlesWithText } from './set-repository';
import { seedArticle } from './sets-testing';
import { sha256Hex } from './sha256';

const TEXT = 'Titre\n\nBakou, 11 mars. Djeyhoun Baïramov a rencontré Murat Nurtleu à Astana.';
const AYSEL = 'c0ffee00-0000-4000-8000-000000000001' as AuthorId;
const context: ReadContext = {
  colleagueName: 'Aysel',
  codebook: { codebookId: 'sourcemark-news-default', version: 1 },
  itemIdForLabel: () => undefined,
  now: '2026-03-11T10:00:00.000Z',
  libraryArticles: listLibraryArticlesWithText,
};

async function ayselSet(): Promise<AnnotationSet> {
  const at = (phrase: string, id: string) => {
    const start = TEXT.indexOf(phrase);
    return spanAnnotationOf(id, 'theirs' as ArticleId, TEXT, start, start + phrase.length, {
      author: AYSEL,
    });
  };
  return {
    author: { id: AYSEL, name: 'Aysel' },
    codebook: context.codebook,
    articles: [
      {
        id: 'theirs' as ArticleId,
        title: 'Titre',
        textSha256: await sha256Hex(TEXT),
        sourceName: 'depeche.txt',
        text: TEXT,
      },
    ],
    annotations: [
      at('Djeyhoun Baïramov', 'a0000000-0000-4000-8000-000000000001'),
      at('Murat Nurtleu', 'a0000000-0000-4000-8000-000000000002'),
    ],
    entities: [],
  };
}

async function w3cFile(embedTexts: boolean): Promise<string> {
  const { document } = toW3cCollection(await ayselSet(), { appVersion: '0.1.0', embedTexts });
  return JSON.stringify(document);
}

async function importText(content: string) {
  const read = await readSetFile('aysel.jsonld', content, context);
  if (!read.ok) throw new Error(read.reason);
  return { incoming: read.incoming, report: await importIncomingSet(read.incoming, context.now) };
}

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

describe('a W3C export imported into a profile without its articles', () => {
  it('fails item by item without the texts, and adds the article from the embedded text', async () => {
    const bare = await importText(await w3cFile(false));
    expect(countOutcomes(bare.report)).toMatchObject({ imported: 0, error: 2 });

    const { report } = await importText(await w3cFile(true));
    expect(countOutcomes(report)).toMatchObject({ imported: 2, error: 0 });
    expect(report.articlesCreated).toBe(1);
    const [article] = await db.articles.toArray();
    expect(article).toMatchObject({ title: 'Titre', sourceName: 'depeche.txt' });
    expect((await db.articleTexts.get(article!.id))?.text).toBe(TEXT);
  });

  it('refuses an embedded text that does not hash to its IRI, naming where it is', async () => {
    const document = JSON.parse(await w3cFile(true));
    document['sourcemark:sources'][0]['sourcemark:text'] = TEXT.replace('Astana', 'Almaty');
    const { report } = await importText(JSON.stringify(document));
    expect(report.articlesCreated).toBe(0);
    expect(report.items).toContainEqual(
      expect.objectContaining({
        kind: 'error',
        location: 'sourcemark:sources[0]',
        detail: 'the embedded text does not match its SHA-256 IRI',
      }),
    );
  });

  it("finds the article by quote in the library's corrected copy, and says so", async () => {
    await seedArticle('mine', TEXT.replace('11 mars', '11 mars 2025'), 'Titre corrigé');
    const { report } = await importText(await w3cFile(false));
    expect(countOutcomes(report)).toMatchObject({ moved: 2, error: 0, imported: 0 });
    expect(report.items[0]?.detail).toContain('found by its quote in “Titre corrigé”');
  });

  it('lets the analyst decline the articles the file would add', async () => {
    const file = new File([await w3cFile(true)], 'aysel.jsonld');
    const read = await readSetSource({ kind: 'file', file }, 'Aysel');
    expect(read.ok && read.read.newArticles).toBe(1);
    const declined = await readSetSource({ kind: 'file', file }, 'Aysel', new Map(), false);
    if (!declined.ok) throw new Error(declined.reason);
    const stored = await storeReadSet(declined.read, 'colleague');
    expect(stored.ok && countOutcomes(stored.report)).toMatchObject({ imported: 0, error: 2 });
    expect(await db.articles.count()).toBe(0);
  });
});

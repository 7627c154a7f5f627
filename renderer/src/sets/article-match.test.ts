import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ArticleId, AuthorId } from '../annotation/types';
import { db } from '../db/db';
import type { AnnotationSet } from '../formats/native/annotation-set';
import { serializeNativeSet } from '../formats/native/native-envelope';
import { spanAnnotationOf } from '../testing/annotation-records';
import { confirmsTitleMatch } from './article-match';
import { countOutcomes } from './import-report';
import { importIncomingSet } from './import-set';
import { readSetFile, type ReadContext } from './read-set-file';
import { seedArticle } from './sets-testing';
import { sha256Hex } from './sha256';

const TEXT = 'Titre\n\nBakou, 11 mars. Djeyhoun Baïramov a rencontré Murat Nurtleu à Astana.';
const colleague = 'c0ffee00-0000-4000-8000-000000000002' as AuthorId;
const context: ReadContext = {
  colleagueName: 'Aysel',
  codebook: { codebookId: 'sourcemark-news-default', version: 1 },
  itemIdForLabel: () => undefined,
  now: '2026-03-11T10:00:00.000Z',
  libraryArticles: async () => [],
};

/** A colleague's native set holding `text` (titled `title`) with two names tagged in it. */
async function nativeFile(text: string, title: string): Promise<string> {
  const article = 'theirs-1' as ArticleId;
  const at = (phrase: string, id: string) => {
    const start = text.indexOf(phrase);
    return spanAnnotationOf(id, article, text, start, start + phrase.length, { author: colleague });
  };
  const set: AnnotationSet = {
    author: { id: colleague, name: 'Aysel' },
    codebook: context.codebook,
    articles: [
      {
        id: article,
        title,
        textSha256: await sha256Hex(text),
        textLength: text.length,
        sourceName: 'x.txt',
        text,
      },
    ],
    annotations: [at('Djeyhoun Baïramov', 'n1'), at('Murat Nurtleu', 'n2')],
    entities: [],
  };
  return serializeNativeSet(set, { exportedAt: context.now, appVersion: '0.1.0' });
}

async function importFile(content: string) {
  const read = await readSetFile('a.sourcemark.json', content, context);
  if (!read.ok) throw new Error(read.reason);
  return importIncomingSet(read.incoming, context.now);
}

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

describe('matching an incoming article to the library', () => {
  it('matches a copy saved with a BOM and CRLF by its normal text: no second article', async () => {
    await seedArticle('mine', TEXT);
    const copy = `\uFEFF${TEXT.replace(/\n/g, '\r\n')}`;
    const report = await importFile(await nativeFile(copy, 'Another title'));
    expect(report.articlesCreated).toBe(0);
    expect(report.articlesMatched).toBe(1);
    expect(await db.articles.count()).toBe(1);
    // Its offsets counted into the copy: found again on the stored text, never "imported".
    expect(countOutcomes(report)).toMatchObject({ moved: 2, imported: 0, orphaned: 0 });
  });

  it('does not take an article of the same title but another text for the file’s', async () => {
    await seedArticle('other', 'Titre\n\nUn autre article, sans aucun des deux noms.');
    const report = await importFile(await nativeFile(TEXT, 'Titre'));
    expect(report.articlesCreated).toBe(1);
    expect(report.articlesMatched).toBe(0);
    expect(countOutcomes(report)).toMatchObject({ imported: 2, orphaned: 0 });
  });
});

describe('confirmsTitleMatch', () => {
  it('needs half of the quotes in the candidate, or the same text when there are none', () => {
    expect(confirmsTitleMatch('a b c', ['a', 'z'], undefined)).toBe(true);
    expect(confirmsTitleMatch('a b c', ['y', 'z', 'a'], undefined)).toBe(false);
    expect(confirmsTitleMatch('a  b\nc', [], 'a b c')).toBe(true);
    expect(confirmsTitleMatch('a b c', [], 'a b d')).toBe(false);
    expect(confirmsTitleMatch('a b c', [], undefined)).toBe(false);
  });
});

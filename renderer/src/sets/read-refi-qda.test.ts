// @vitest-environment jsdom
// (The page's DOMParser parses project.qde; under Node, jsdom's stands in for it.)
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, ArticleId, AuthorId } from '../annotation/types';
import { testItem } from '../codebook/test-codebook';
import { db } from '../db/db';
import { exportRefiQda } from '../formats/refi-qda/refi-qda-export';
import { SAMPLE_CODES, SAMPLE_OPTIONS } from '../formats/refi-qda/refi-qda-testing';
import { sampleInput, TEXT } from '../formats/shared/testing';
import { getArticleAnnotations } from '../store/annotation-storage';
import { normaliseText } from '../text/normal-form';
import { countOutcomes } from './import-report';
import { importIncomingSet } from './import-set';
import { labelMatcher } from './label-matcher';
import { readSetFile, type ReadContext } from './read-set-file';
import { seedArticle } from './sets-testing';
import { zipFiles } from './zip-files';

const ANA = 'a11ce000-0000-4000-8000-000000000001' as AuthorId;
// The exporter's sample code book, as the whole codebook items it was built from.
const items = SAMPLE_CODES.map((code) => testItem(code.id, code));
const codebook = { id: 'test', name: 'Test', version: 1, items };
const context: ReadContext = {
  colleagueName: 'Aysel',
  codebook: { codebookId: 'test', version: 1 },
  itemIdForLabel: labelMatcher(codebook),
  now: '2026-03-11T10:00:00.000Z',
  libraryArticles: async () => [],
  codebookItems: items,
};

/** Ana's sample set exported as a .qdpx archive. */
function anasProject(): Promise<Uint8Array> {
  const input = sampleInput();
  input.annotations = input.annotations.map((a) => ({ ...a, author: ANA }));
  input.authorName = () => 'Ana';
  const { output } = exportRefiQda(input, SAMPLE_OPTIONS);
  return zipFiles(output, SAMPLE_OPTIONS.exportedAt);
}

async function importProject(bytes: Uint8Array) {
  const read = await readSetFile('ana.qdpx', bytes, context);
  if (!read.ok) throw new Error(read.reason);
  return importIncomingSet(read.incoming, context.now);
}

/** What an analyst sees of an annotation: its kind, item, text, note and author. */
function seen(a: Annotation, text: string) {
  const where = a.kind === 'span' ? text.slice(a.span.start, a.span.end) : 'document';
  return `${a.kind} ${a.itemId}: ${where}${a.note ? ` | ${a.note}` : ''} (${a.author})`;
}

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

describe('readSetFile: REFI-QDA projects', () => {
  it("brings Sourcemark's own .qdpx export back onto the library's article", async () => {
    const stored = normaliseText(TEXT);
    await seedArticle('mine', stored, 'Titre');
    const report = await importProject(await anasProject());
    expect(report.formatLabel).toBe('REFI-QDA project (Sourcemark 0.1.0)');
    expect(countOutcomes(report)).toMatchObject({ imported: 6, error: 0 });
    expect(report).toMatchObject({ articlesMatched: 1, articlesCreated: 0 });
    expect(report.authors).toEqual([{ id: ANA, name: 'Ana', set: 'colleague' }]);
    const annotations = await getArticleAnnotations('mine' as ArticleId);
    expect(annotations.map((a) => seen(a, stored)).sort()).toEqual(
      [
        // Codes Sourcemark wrote find their items by GUID; the genre labels the document.
        `document genre: document (${ANA})`,
        `span person: ministré (${ANA})`,
        // An item the codebook lacks came as a code named by its label: for the mapping step.
        `span Cue: a dit (${ANA})`,
        `span gpe: Kazakhstan (${ANA})`,
        `span claim: le Kazakhstan est\nun pays libre | =cmd|calc\nsecond line (${ANA})`,
        `span loaded: libre (${ANA})`,
      ].sort(),
    );
    expect(annotations.every((a) => a.createdAt === '2026-01-01T00:00:00.000Z')).toBe(true);

    const again = await importProject(await anasProject());
    expect(countOutcomes(again)).toMatchObject({ imported: 0, duplicate: 6 });
  });

  it('finds the items of its own codes by GUID, even renamed since the export', async () => {
    const renamed = items.map((item) =>
      item.id === 'loaded' ? { ...item, label: 'Langage chargé' } : item,
    );
    const read = await readSetFile('ana.qdpx', await anasProject(), {
      ...context,
      itemIdForLabel: labelMatcher({ ...codebook, items: renamed }),
      codebookItems: renamed,
    });
    if (!read.ok) throw new Error(read.reason);
    // The file still names the code “Loaded language”, which no item is called any more.
    const libre = read.incoming.annotations.find(
      (a) => a.annotation.kind === 'span' && a.annotation.quote.exact === 'libre',
    );
    expect(libre?.annotation.itemId).toBe('loaded');
  });

  it('creates the article from the project when the library lacks it', async () => {
    const report = await importProject(await anasProject());
    expect(report).toMatchObject({ articlesMatched: 0, articlesCreated: 1 });
    const [article] = await db.articles.toArray();
    expect(article?.title).toBe('Titre');
    expect((await db.articleTexts.get(article!.id))?.text).toBe(normaliseText(TEXT));
  });

  it('refuses a hostile project whole, writing nothing', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY a "ha">]><Project name="&a;" />';
    const read = await readSetFile(
      'x.qdpx',
      await zipFiles([{ path: 'project.qde', content: laughs }]),
      context,
    );
    expect(read).toEqual({
      ok: false,
      reason: expect.stringContaining('project.qde is refused: it declares a DTD'),
    });
  });
});

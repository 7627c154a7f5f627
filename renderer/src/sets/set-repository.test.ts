import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ArticleId, AuthorId, EntityId } from '../annotation/types';
import { db } from '../db/db';
import { documentAnnotationOf, spanAnnotationOf } from '../testing/annotation-records';
import { exportSummary, runExport } from './export-formats';
import { assembleSet } from './set-repository';
import { seedArticle } from './sets-testing';
import { loadDefaultCodebook } from '../codebook/default-codebook';

const TEXT = 'Bakou, 11 mars. Djeyhoun Baïramov a rencontré Murat Nurtleu.';
const me = 'analyst-1' as AuthorId;
const other = 'colleague-1' as AuthorId;

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  await seedArticle('a1', TEXT);
  await seedArticle('a2', 'Autre article.\nSans annotation.');
  await db.analysts.put({ id: me, name: 'Leyla', role: 'self' });
  await db.entities.put({
    id: 'e1' as EntityId,
    name: 'Djeyhoun Baïramov',
    aliases: [],
    typeItemId: 'entity.person' as never,
    createdAt: '2026-01-01T00:00:00.000Z',
    modifiedAt: '2026-01-01T00:00:00.000Z',
  });
  await db.annotations.bulkAdd([
    spanAnnotationOf('s1', 'a1' as ArticleId, TEXT, 16, 33, { entityId: 'e1' as EntityId }),
    spanAnnotationOf('s2', 'a1' as ArticleId, TEXT, 46, 59, { author: other }),
    documentAnnotationOf('d1', 'a1' as ArticleId),
  ]);
});

describe('assembleSet', () => {
  it("takes one analyst's annotations, the entities they use, and reports progress", async () => {
    const progress: number[][] = [];
    const { set, texts } = await assembleSet({
      author: me,
      articles: { kind: 'all' },
      includeTexts: false,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(set.author).toEqual({ id: me, name: 'Leyla' });
    expect(set.annotations.map((a) => a.id).sort()).toEqual(['d1', 's1']);
    expect(set.entities.map((e) => e.id)).toEqual(['e1']);
    expect(set.codebook).toEqual({ codebookId: 'sourcemark-news-default', version: 1 });
    expect(set.articles.every((a) => a.text === undefined && a.textLength! > 0)).toBe(true);
    expect(texts.get('a1' as ArticleId)).toBe(TEXT);
    expect(progress.at(-1)).toEqual([2, 2]);
  });

  it('limits to the chosen articles and includes texts on request', async () => {
    const { set } = await assembleSet({
      author: other,
      articles: { kind: 'ids', ids: ['a1' as ArticleId, 'missing' as ArticleId] },
      includeTexts: true,
    });
    expect(set.articles.map((a) => [a.id, a.text])).toEqual([['a1', TEXT]]);
    expect(set.annotations.map((a) => a.id)).toEqual(['s2']);
  });
});

describe('runExport', () => {
  it('reports what a format drops before anything is written', async () => {
    const assembled = await assembleSet({
      author: me,
      articles: { kind: 'all' },
      includeTexts: true,
    });
    const context = {
      codebook: loadDefaultCodebook(),
      appVersion: '0.1.0',
      exportedAt: '2026-03-11T10:00:00.000Z',
    };
    const conll = runExport('conll', assembled, context);
    expect(conll.lossiness.dropped).toContainEqual({
      what: 'document-level annotations',
      count: 1,
    });
    expect(exportSummary(conll, 'CoNLL')).toMatch(
      /^Exported 2 annotations; dropped .*\(CoNLL\)\.$/,
    );
    const native = runExport('native', assembled, context);
    expect(native.lossiness.dropped).toEqual([]);
    expect(native.fileName).toBe('sourcemark-leyla-2026-03-11.sourcemark.json');
    const brat = runExport('brat', assembled, context);
    expect(brat.content).toBeInstanceOf(Uint8Array);
  });
});

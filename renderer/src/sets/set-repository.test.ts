import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleId, AuthorId, EntityId } from '../annotation/types';
import { db } from '../db/db';
import { documentAnnotationOf, spanAnnotationOf } from '../testing/annotation-records';
import { EXPORT_FORMATS, runExport } from './export-formats';
import { exportSummary } from './export-summary';
import { assembleSet } from './set-repository';
import { seedArticle } from './sets-testing';
import { unzipTextFiles } from './zip-files';
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

  it('keeps the file as given beside its text only where they differ by normalisation', async () => {
    // The file had a byte order mark and decomposed accents (ï, é) that NFC composed.
    const given = `\uFEFF${TEXT.normalize('NFD')}`;
    await db.articleOriginals.update('a1' as ArticleId, { original: given });
    // a2's stored original is a different text (its file changed since): not the same article.
    await db.articleOriginals.update('a2' as ArticleId, { original: 'Autre article, réécrit.' });
    await seedArticle('a3', 'Page title\nBody.');
    await db.articles.update('a3' as ArticleId, { format: 'html' });
    await db.articleOriginals.update('a3' as ArticleId, { original: '<p>Page title</p>\r\n' });
    const { originals } = await assembleSet({
      author: me,
      articles: { kind: 'all' },
      includeTexts: false,
    });
    expect([...originals!]).toEqual([['a1', given]]);
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
  const context = {
    codebook: loadDefaultCodebook(),
    appVersion: '0.1.0',
    exportedAt: '2026-03-11T10:00:00.000Z',
  };
  const allOfMine = (includeTexts: boolean) =>
    assembleSet({ author: me, articles: { kind: 'all' }, includeTexts });

  it('reports what a format drops before anything is written', async () => {
    const assembled = await allOfMine(true);
    const conll = await runExport('conll', assembled, context);
    expect(conll.lossiness.dropped).toContainEqual({
      what: 'document-level annotations',
      count: 1,
    });
    // The person mention is written; the genre, a document label, cannot be.
    expect(exportSummary(conll, 'CoNLL')).toBe(
      'Exported 1 of 2 annotations; dropped 1 document-level annotation (CoNLL).',
    );
    const native = await runExport('native', assembled, context);
    expect(native.lossiness.dropped).toEqual([]);
    expect(native.fileName).toBe('sourcemark-leyla-2026-03-11.sourcemark.json');
    const brat = await runExport('brat', assembled, context);
    expect(brat.content).toBeInstanceOf(Uint8Array);
  });

  it('runs every format of the dialog, naming the file with its extension', async () => {
    const assembled = await allOfMine(true);
    for (const format of EXPORT_FORMATS) {
      const output = await runExport(format.id, assembled, context);
      expect(output.fileName).toBe(`sourcemark-leyla-2026-03-11${format.extension}`);
      expect(output.content.length).toBeGreaterThan(0);
    }
  });

  it('zips a REFI-QDA project with a source per article, the same bytes each time', async () => {
    const assembled = await allOfMine(false);
    const refi = await runExport('refi-qda', assembled, context);
    expect(refi.mimeType).toBe('application/zip');
    const files = await unzipTextFiles(refi.content as Uint8Array);
    expect(files.map((f) => f.path.replace(/[0-9A-F-]{36}/, 'GUID')).sort()).toEqual([
      'project.qde',
      'sources/GUID.txt',
      'sources/GUID.txt',
    ]);
    expect(files.map((f) => f.content)).toContain(TEXT);
    const qde = files.find((f) => f.path === 'project.qde')!.content;
    expect(qde).toContain(
      '<Project xmlns="urn:QDA-XML:project:1.0" name="sourcemark-leyla-2026-03-11" origin="Sourcemark 0.1.0"',
    );
    expect(qde.match(/<PlainTextSelection /g)).toHaveLength(2);
    expect(refi.lossiness.dropped).toEqual([{ what: 'links to registry entities', count: 1 }]);
    // A later run writes the same archive: entries carry the export time, not the clock's.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2031-07-01T12:00:00Z'));
      expect((await runExport('refi-qda', assembled, context)).content).toEqual(refi.content);
    } finally {
      vi.useRealTimers();
    }
  });
});

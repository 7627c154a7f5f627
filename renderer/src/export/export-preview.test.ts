import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AuthorId } from '../annotation/types';
import { db } from '../db/db';
import type { ArticleId } from '../db/records';
import { EXPORT_FORMATS } from '../sets/export-formats';
import type { ArticleChoice } from '../sets/set-repository';
import { buildExport } from './build-export';
import { previewOf } from './export-preview';
import { ANALYST, COLLEAGUE, seedExportLibrary } from './export-testing';
import { DOCUMENT_LEVEL, REVIEW_COMMENTS } from './format-losses';
import { countDocumentLevel, countSet, type SetCounts } from './set-counts';

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  await seedExportLibrary(8);
});

/** Every count the preview may need, as the dialog reads them. */
const countAll = async (author: AuthorId, articles: ArticleChoice): Promise<SetCounts> => ({
  ...(await countSet(author, articles)),
  documentLevel: await countDocumentLevel(author, articles),
});

const choices: [string, AuthorId, ArticleChoice][] = [
  ['the analyst, all articles', ANALYST, { kind: 'all' }],
  ['the analyst, two articles', ANALYST, { kind: 'ids', ids: ['art-0', 'art-5'] as ArticleId[] }],
  ['the packed colleague', COLLEAGUE, { kind: 'all' }],
];

describe('the count-based preview', () => {
  for (const [name, author, articles] of choices) {
    it(`says what every format then drops, for ${name}`, async () => {
      const counts = await countAll(author, articles);
      for (const format of EXPORT_FORMATS) {
        const output = await buildExport(
          {
            database: db.name,
            author,
            articles,
            format: format.id,
            includeTexts: true,
            appVersion: '0.1.0',
            semevalScheme: 'semeval2023',
            exportedAt: '2026-03-11T10:00:00.000Z',
          },
          db,
        );
        const preview = previewOf(format.id, counts);
        const context = `${format.id}: ${JSON.stringify(output.lossiness.dropped)}`;
        expect(preview.selected, context).toBe(output.selectedCount);
        const dropped = new Map(output.lossiness.dropped.map((d) => [d.what, d.count]));
        // What the preview counted is what the file then drops, number for number.
        for (const { what, count } of preview.counted)
          expect(dropped.get(what), context).toBe(count);
        // Every loss of the file was counted or named beforehand: nothing comes as a surprise.
        const named = new Set([...preview.counted.map((d) => d.what), ...preview.uncounted]);
        for (const what of dropped.keys()) expect(named.has(what), `${context} ${what}`).toBe(true);
        // A kind counted as none is not dropped.
        for (const kind of [DOCUMENT_LEVEL, REVIEW_COMMENTS])
          if (!named.has(kind)) expect(dropped.has(kind), context).toBe(false);
      }
    });
  }

  it('counts document-level annotations and comments from indexes', async () => {
    const counts = await countAll(ANALYST, { kind: 'all' });
    // 8 profiles, a frame on every other article; k1 and k2 are on the analyst's spans.
    expect(counts).toMatchObject({ documentLevel: 12, comments: 2 });
    // The colleague's set is packed: its document-level count waits for the file.
    expect(await countDocumentLevel(COLLEAGUE, { kind: 'all' })).toBeNull();
  });
});

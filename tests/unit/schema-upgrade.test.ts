// @vitest-environment jsdom
/**
 * Schema upgrades on fake-indexeddb, from a database made by an earlier version's own code
 * (tests/fixtures/schema-versions, `scripts/make-schema-fixtures.mjs`; the e2e spec
 * schema-upgrade.spec.ts opens every version in Chromium). Here: version 10 parts each
 * article's text row from its original and page text, in the trash too.
 */
import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { importInto } from 'dexie-export-import';
import { afterEach, describe, expect, it } from 'vitest';
import { SourcemarkDatabase } from '../../renderer/src/db/db';
import type { ArticleId, TrashRecord } from '../../renderer/src/db/records';

const NAME = 'schema-upgrade-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('the upgrade to schema 10', () => {
  it('parts every stored text and every trashed one, rows and page texts intact', async () => {
    const file = join(process.cwd(), 'tests/fixtures/schema-versions/schema-v9.json');
    const json = await readFile(file, 'utf8');
    const fixture = JSON.parse(json) as {
      data: {
        databaseVersion: number;
        tables: { name: string; schema: string }[];
        data: { tableName: string; rows: Record<string, unknown>[] }[];
      };
    };
    const old = new Dexie(NAME);
    old
      .version(fixture.data.databaseVersion)
      .stores(Object.fromEntries(fixture.data.tables.map((t) => [t.name, t.schema])));
    await old.open();
    await importInto(old, new Blob([json]), { acceptNameDiff: true });
    old.close();
    const rowsOf = (name: string) =>
      fixture.data.data.find((table) => table.tableName === name)!.rows;
    const texts = rowsOf('articleTexts');
    expect(texts.every((row) => typeof row['original'] === 'string')).toBe(true);

    const db = new SourcemarkDatabase(NAME);
    try {
      const stored = await db.articleTexts.toArray();
      expect(stored).toHaveLength(texts.length);
      for (const row of stored) {
        expect(row).not.toHaveProperty('original');
        const given = texts.find((t) => t['articleId'] === row.articleId)!;
        expect(row.text).toBe(given['text']);
        expect(row.chromeRanges).toEqual(given['chromeRanges']);
        expect(await db.articleOriginals.get(row.articleId)).toEqual({
          articleId: row.articleId,
          original: given['original'],
        });
      }

      const [trashed] = (await db.trash.toArray()) as TrashRecord[];
      const given = (rowsOf('trash')[0]!['rows'] as TrashRecord['rows'])['articleTexts']![0] as {
        articleId: ArticleId;
        text: string;
        original: string;
        pageText: string;
      };
      expect(trashed!.rows['articleTexts']).toEqual([
        {
          articleId: given.articleId,
          text: given.text,
          bodyRanges: [{ start: 0, end: given.text.length }],
          chromeRanges: [],
          hasPageText: true,
        },
      ]);
      expect(trashed!.rows['articleOriginals']).toEqual([
        { articleId: given.articleId, original: given.original, pageText: given.pageText },
      ]);
    } finally {
      db.close();
    }
  });
});

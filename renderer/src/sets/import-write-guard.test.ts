import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ArticleId, AuthorId } from '../annotation/types';
import { db } from '../db/db';
import { serializeNativeSet } from '../formats/native/native-envelope';
import { installWriteGuard } from '../storage/write-guard';
import { spanAnnotationOf } from '../testing/annotation-records';
import { countOutcomes } from './import-report';
import { importIncomingSet } from './import-set';
import { readSetFile } from './read-set-file';
import { sha256Hex } from './sha256';

// The app installs the write guard (a Dexie middleware) on its database at startup. A
// middleware that leaves Dexie's promise zone makes the import's one transaction commit
// before its later writes, which then fail ("Transaction committed too early"), leaving
// part of the set stored.
describe('importing with the app’s write guard installed', () => {
  it('stores the whole set in its one transaction', async () => {
    installWriteGuard(db);
    const text = 'Bakou, 11 mars. Djeyhoun Baïramov a rencontré Murat Nurtleu à Astana.';
    const author = 'c0ffee00-0000-4000-8000-000000000001' as AuthorId;
    const article = 'theirs-1' as ArticleId;
    const at = (phrase: string, id: string) => {
      const start = text.indexOf(phrase);
      return spanAnnotationOf(id, article, text, start, start + phrase.length, { author });
    };
    const codebook = { codebookId: 'sourcemark-news-default', version: 1 };
    const file = serializeNativeSet(
      {
        author: { id: author, name: 'Aysel' },
        codebook,
        articles: [
          {
            id: article,
            title: 'Bakou',
            textSha256: await sha256Hex(text),
            textLength: text.length,
            sourceName: 'bakou.txt',
            text,
          },
        ],
        annotations: [at('Djeyhoun Baïramov', 'n1'), at('Murat Nurtleu', 'n2')],
        entities: [],
      },
      { exportedAt: '2026-03-11T10:00:00.000Z', appVersion: '0.1.0' },
    );
    const now = '2026-03-11T10:00:00.000Z';
    const read = await readSetFile('aysel.sourcemark.json', file, {
      colleagueName: 'Aysel',
      codebook,
      itemIdForLabel: () => undefined,
      now,
      libraryArticles: async () => [],
    });
    if (!read.ok) throw new Error(read.reason);
    const report = await importIncomingSet(read.incoming, now);
    expect(countOutcomes(report).imported).toBe(2);
    expect(report.articlesCreated).toBe(1);
    expect(await db.analysts.get(author)).toMatchObject({ name: 'Aysel' });
  });
});

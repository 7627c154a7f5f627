// @vitest-environment jsdom
/**
 * The Import dialog reads a picked file when it is picked, and again when the analyst has
 * mapped its unknown labels or declined its new articles. A native set is decoded and
 * parsed once: the second read applies the decisions to the first read's set (a set of
 * 100,000 annotations took seconds to read).
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ArticleId, AuthorId, CodebookItemId } from '../annotation/types';
import { db } from '../db/db';
import type { AnnotationSet } from '../formats/native/annotation-set';
import { serializeNativeSet } from '../formats/native/native-envelope';
import { spanAnnotationOf } from '../testing/annotation-records';
import { readSetSource } from './import-file';
import { sha256Hex } from './sha256';

const TEXT = 'Bakou, 11 mars. Djeyhoun Baïramov a rencontré Murat Nurtleu à Astana.';
const AYSEL = 'c0ffee00-0000-4000-8000-000000000001' as AuthorId;
const UNKNOWN = 'technique.made-up-here';

/** A picked file that counts how often its bytes are read. */
class CountedFile extends File {
  reads = 0;
  override arrayBuffer(): Promise<ArrayBuffer> {
    this.reads += 1;
    return super.arrayBuffer();
  }
}

async function ayselFile(): Promise<CountedFile> {
  const set: AnnotationSet = {
    author: { id: AYSEL, name: 'Aysel' },
    codebook: { codebookId: 'sourcemark-news-default', version: 1 },
    articles: [
      {
        id: 'theirs' as ArticleId,
        title: 'Bakou',
        textSha256: await sha256Hex(TEXT),
        sourceName: 'bakou.txt',
        text: TEXT,
      },
    ],
    annotations: [
      spanAnnotationOf(
        'a0000000-0000-4000-8000-000000000001',
        'theirs' as ArticleId,
        TEXT,
        16,
        33,
        {
          author: AYSEL,
          itemId: UNKNOWN as CodebookItemId,
        },
      ),
    ],
    entities: [],
  };
  const content = serializeNativeSet(set, {
    exportedAt: '2026-03-11T10:00:00.000Z',
    appVersion: '0.1.0',
  });
  return new CountedFile([content], 'aysel.sourcemark.json');
}

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

describe('readSetSource', () => {
  it('reads a native set once, and applies the label decisions and declined articles to it', async () => {
    const file = await ayselFile();
    const preview = await readSetSource({ kind: 'file', file }, '');
    if (!preview.ok) throw new Error(preview.reason);
    expect(preview.read.unknownLabels.map((u) => u.label)).toEqual([UNKNOWN]);
    expect(preview.read.newArticles).toBe(1);

    const mapped = 'technique.loaded-language' as CodebookItemId;
    const decided = await readSetSource(
      { kind: 'file', file },
      '',
      new Map([[UNKNOWN, { kind: 'item', itemId: mapped }]]),
      false,
    );
    if (!decided.ok) throw new Error(decided.reason);
    expect(decided.read.unknownLabels).toEqual([]);
    expect(decided.read.incoming.annotations.map((a) => a.annotation.itemId)).toEqual([mapped]);
    // Declined: the article's text is left out, so the import cannot create it.
    expect(decided.read.incoming.articles[0]?.text).toBeUndefined();
    // The preview is as it was read.
    expect(preview.read.incoming.annotations[0]?.annotation.itemId).toBe(UNKNOWN);
    expect(preview.read.incoming.articles[0]?.text).toBe(TEXT);
    expect(file.reads).toBe(1);
  });
});

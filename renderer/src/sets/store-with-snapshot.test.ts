// @vitest-environment jsdom
/**
 * The Import dialog's store step (#13): an import writing more than 1,000 rows is preceded
 * by a verified snapshot of the workspace as it was, a smaller one is not, and a snapshot
 * that cannot be made stops the import with nothing written.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ArticleId, AuthorId } from '../annotation/types';
import { db } from '../db/db';
import type { AnnotationSet } from '../formats/native/annotation-set';
import { serializeNativeSet } from '../formats/native/native-envelope';
import { createFakeHost, type FakeHost } from '../testing/fake-host';
import { spanAnnotationOf } from '../testing/annotation-records';
import { readSetSource, type FileImportOutcome } from './import-file';
import { sha256Hex } from './sha256';
import { storeWithSnapshot, type ImportPhase } from './store-with-snapshot';

const TEXT = 'Bakou, 11 mars. '.repeat(200);
const AYSEL = 'c0ffee00-0000-4000-8000-000000000001' as AuthorId;

/** Aysel's set of `count` annotations on one article, read as the dialog reads a file. */
async function readSet(count: number) {
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
    annotations: Array.from({ length: count }, (_, i) =>
      spanAnnotationOf(
        `a0000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        'theirs' as ArticleId,
        TEXT,
        i % 3000,
        (i % 3000) + 5,
        { author: AYSEL },
      ),
    ),
    entities: [],
  };
  const content = serializeNativeSet(set, {
    exportedAt: '2026-03-11T10:00:00.000Z',
    appVersion: '0.1.0',
  });
  const read = await readSetSource(
    { kind: 'file', file: new File([content], 'aysel.sourcemark.json') },
    'Aysel',
  );
  if (!read.ok) throw new Error(read.reason);
  return read.read;
}

/** Annotations the import reports imported. */
const imported = (outcome: FileImportOutcome) =>
  outcome.ok ? outcome.report.items.filter((item) => item.kind === 'imported').length : 0;

const snapshots = (host: FakeHost) =>
  [...host.backups.files.entries()].filter(([, file]) => file.isSnapshot);

let host: FakeHost;
beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  host = createFakeHost();
  await db.table('annotations').add({ id: 'kept', articleId: 'old', author: 'me' });
});

describe('storeWithSnapshot', () => {
  it('snapshots the workspace as it was before an import of more than 1,000 rows', async () => {
    const phases: ImportPhase[] = [];
    const outcome = await storeWithSnapshot(host.api, await readSet(1_001), 'colleague', (phase) =>
      phases.push(phase),
    );
    expect(outcome.ok).toBe(true);
    expect(phases).toEqual(['snapshot', 'store']);
    expect(imported(outcome)).toBe(1_001);
    expect(await db.table('annotationPacks').count()).toBe(1);
    const taken = snapshots(host);
    expect(taken).toHaveLength(1);
    const [path, file] = taken[0]!;
    expect(file.isComplete).toBe(true);
    expect(path).toMatch(/before-import/);
    expect(outcome.ok && outcome.snapshot?.name).toBe(path);
    // The workspace before the import: the old annotation, none of the new ones.
    const text = new TextDecoder().decode(file.bytes);
    expect(text).toContain('"id":"kept"');
    expect(text).toContain('"name":"annotationPacks","rows":0,');
    expect(text).not.toContain('a0000000-0000-4000-8000-000000000000');
  });

  it('takes no snapshot before a small import', async () => {
    const outcome = await storeWithSnapshot(host.api, await readSet(10), 'colleague');
    expect(outcome.ok && outcome.snapshot).toBeUndefined();
    expect(snapshots(host)).toHaveLength(0);
    expect(imported(outcome)).toBe(10);
  });

  it('takes no snapshot when a large set is imported again, since it writes no row', async () => {
    const read = await readSet(1_001);
    await storeWithSnapshot(host.api, read, 'colleague');
    expect(snapshots(host)).toHaveLength(1);
    const again = await storeWithSnapshot(host.api, read, 'colleague');
    expect(again.ok && again.snapshot).toBeUndefined();
    expect(snapshots(host)).toHaveLength(1);
    expect(again.ok && again.report.items.every((item) => item.kind === 'duplicate')).toBe(true);
  });

  it('snapshots a large import whose annotations were deleted after the file was read', async () => {
    await storeWithSnapshot(host.api, await readSet(1_001), 'colleague');
    // Picked again: the held ids are read while the file is (every one of them held)…
    const read = await readSet(1_001);
    // …then the imported set is deleted before the analyst clicks Import.
    await db.transaction('rw', db.annotationPacks, db.annotationPackIds, async () => {
      await db.annotationPacks.clear();
      await db.annotationPackIds.clear();
    });
    const outcome = await storeWithSnapshot(host.api, read, 'colleague');
    expect(imported(outcome)).toBe(1_001);
    expect(outcome.ok && outcome.snapshot).toBeTruthy();
    expect(snapshots(host)).toHaveLength(2);
  });

  it('imports nothing when the snapshot cannot be made', async () => {
    host.api.backup.beginWrite = async () => ({
      ok: false,
      error: { code: 'internal', message: 'disk full' },
    });
    const outcome = await storeWithSnapshot(host.api, await readSet(1_001), 'colleague');
    expect(outcome).toMatchObject({ ok: false });
    expect(!outcome.ok && outcome.reason).toMatch(/snapshot.*failed \(disk full\).*nothing was/);
    expect(await db.table('annotationPacks').count()).toBe(0);
    expect(await db.table('articles').count()).toBe(0);
  });
});

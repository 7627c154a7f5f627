/**
 * Corpus check: the project's 40-article sample of the Propaganda Techniques Corpus
 * (tests/fixtures/ptc-sample-40, 662 technique spans), imported as a folder through the
 * Import dialog's code path, then exported in the PTC 2020 scheme. Prints how many spans
 * were placed exactly, moved or orphaned, and how many label lines came back identical.
 */
import 'fake-indexeddb/auto';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { AuthorId } from '../../renderer/src/annotation/types';
import { loadDefaultCodebook } from '../../renderer/src/codebook/default-codebook';
import { db } from '../../renderer/src/db/db';
import { runExport } from '../../renderer/src/sets/export-formats';
import { readSetSource, storeReadSet } from '../../renderer/src/sets/import-file';
import { countOutcomes } from '../../renderer/src/sets/import-report';
import { assembleSet } from '../../renderer/src/sets/set-repository';
import {
  articleIds,
  pickedFolder,
  readTree,
  FULL_SAMPLE,
  sortedLines,
  textOf,
} from '../support/ptc-corpus';

describe('the whole PTC sample (40 articles, 662 spans)', () => {
  it('imports every span exactly and exports every label line back', async () => {
    await db.delete({ disableAutoOpen: false });
    const files = readTree(FULL_SAMPLE);
    const read = await readSetSource(
      { kind: 'folder', files: pickedFolder('ptc-sample', files) },
      'PTC annotators',
    );
    if (!read.ok) throw new Error(read.reason);
    const stored = await storeReadSet(read.read, 'colleague');
    if (!stored.ok) throw new Error(stored.reason);
    const counts = countOutcomes(stored.report);

    const author = stored.report.authors[0]!.id as AuthorId;
    const assembled = await assembleSet({ author, articles: { kind: 'all' }, includeTexts: false });
    const output = await runExport('semeval', assembled, {
      codebook: loadDefaultCodebook(),
      appVersion: '0.1.0',
      exportedAt: '2026-03-11T10:00:00.000Z',
      semevalScheme: 'ptc2020',
    });
    const exported = unzipSync(output.content as Uint8Array);
    let lines = 0;
    let identical = 0;
    let sameFiles = 0;
    const ids = articleIds(files);
    for (const id of ids) {
      const labels = `labels-technique/article${id}.task2-TC.labels`;
      const expected = sortedLines(textOf(files, labels));
      const written = new Set(sortedLines(strFromU8(exported[labels] ?? new Uint8Array())));
      lines += expected.length;
      identical += expected.filter((line) => written.has(line)).length;
      const given = files.find((f) => f.path === `articles/article${id}.txt`)!.bytes;
      const file = exported[`articles/article${id}.txt`];
      if (file && Buffer.from(file).equals(Buffer.from(given))) sameFiles += 1;
    }
    console.log(
      `PTC sample: ${ids.length} articles, ${stored.report.articlesCreated} created; spans ` +
        `placed exactly ${counts.imported}, moved ${counts.moved}, re-anchored ` +
        `${counts.reanchored}, orphaned ${counts.orphaned}, refused ${counts.error}; ` +
        `round trip: ${identical} of ${lines} label lines identical, ${sameFiles} of ` +
        `${ids.length} article files byte for byte`,
    );
    expect(counts).toMatchObject({ imported: 662, moved: 0, reanchored: 0, orphaned: 0, error: 0 });
    expect(stored.report.articlesCreated).toBe(40);
    expect([identical, lines]).toEqual([662, 662]);
    expect(sameFiles).toBe(40);
  }, 60_000);
});

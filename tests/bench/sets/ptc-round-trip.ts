/**
 * The sets benchmark's real-corpus part: the Propaganda Techniques Corpus sample
 * (tests/fixtures/ptc-sample-40, a copy of ../shared/corpora/ptc-sample: 40 articles and
 * 662 technique spans) picked as a folder and read as the Import dialog
 * reads it, then exported in every format the Export dialog offers (SemEval in both schemes)
 * and imported back into a profile holding the same articles. Counts, per format, how many
 * of the sample's spans came back identical (same article text, same offsets, same codebook
 * item); for the PTC 2020 scheme also how many of the corpus's label lines the export holds
 * unchanged, and how many article files come back byte for byte. A format the app cannot
 * read back is listed with the reason, not counted.
 *
 * Empties and writes the app's Dexie database (fake-indexeddb): run it before the profile
 * is seeded for anything else.
 */
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { AuthorId } from '../../../renderer/src/annotation/types';
import type { Codebook } from '../../../renderer/src/codebook/codebook-types';
import { db } from '../../../renderer/src/db/db';
import { EXPORT_FORMATS, runExport } from '../../../renderer/src/sets/export-formats';
import { labelMatcher, readSetSource, storeReadSet } from '../../../renderer/src/sets/import-file';
import { countOutcomes } from '../../../renderer/src/sets/import-report';
import { importIncomingSet } from '../../../renderer/src/sets/import-set';
import { readSetFile, type ReadContext } from '../../../renderer/src/sets/read-set-file';
import {
  assembleSet,
  listLibraryArticlesWithText,
} from '../../../renderer/src/sets/set-repository';
import {
  articleIds,
  pickedFolder,
  readTree,
  sortedLines,
  textOf,
  type CorpusFile,
} from '../../support/ptc-corpus';
import { clearAnnotations } from './profile';

/** What one format gave back of the sample's spans. */
export type FormatRoundTrip =
  { identical: number; of: number; readBack: number } | { noImporter: string };

export interface PtcRoundTrip {
  articles: number;
  techniqueLines: number;
  /** The folder import's tally: placed exactly, moved, re-anchored, orphaned, refused. */
  imported: {
    placedExactly: number;
    moved: number;
    reanchored: number;
    orphaned: number;
    refused: number;
  };
  seconds: number;
  /** The PTC 2020 export against the corpus files. */
  ptc2020: { identicalLines: number; lines: number; identicalFiles: number; files: number };
  formats: Record<string, FormatRoundTrip>;
}

const EXPORTED_AT = '2026-03-11T10:00:00.000Z';
// From the project root, where run.mjs runs every benchmark (the bundle lives elsewhere).
const SAMPLE = join(process.cwd(), 'tests', 'fixtures', 'ptc-sample-40');

/** Every span of the profile as `article text hash, start, end, item`, with repeats. */
async function spanKeys(): Promise<string[]> {
  const keys: string[] = [];
  for (const analyst of await db.analysts.toArray()) {
    const { set } = await assembleSet({
      author: analyst.id as AuthorId,
      articles: { kind: 'all' },
      includeTexts: false,
    });
    const hashes = new Map(set.articles.map((a) => [a.id as string, a.textSha256]));
    for (const a of set.annotations) {
      if (a.kind !== 'span') continue;
      keys.push(`${hashes.get(a.articleId)}\t${a.span.start}\t${a.span.end}\t${a.itemId}`);
    }
  }
  return keys;
}

/** How many of `expected` (with repeats) `actual` holds. */
function identicalCount(expected: readonly string[], actual: readonly string[]): number {
  const left = new Map<string, number>();
  for (const key of actual) left.set(key, (left.get(key) ?? 0) + 1);
  let same = 0;
  for (const key of expected) {
    const n = left.get(key) ?? 0;
    if (n > 0) {
      same += 1;
      left.set(key, n - 1);
    }
  }
  return same;
}

/** The PTC 2020 export's label lines and article files against the corpus's. */
function compareWithCorpus(content: Uint8Array, files: readonly CorpusFile[]) {
  const exported = unzipSync(content);
  const result = { identicalLines: 0, lines: 0, identicalFiles: 0, files: 0 };
  for (const id of articleIds(files)) {
    const labels = `labels-technique/article${id}.task2-TC.labels`;
    const expected = sortedLines(textOf(files, labels));
    const written = new Set(sortedLines(strFromU8(exported[labels] ?? new Uint8Array())));
    result.lines += expected.length;
    result.identicalLines += expected.filter((line) => written.has(line)).length;
    const given = files.find((f) => f.path === `articles/article${id}.txt`)!.bytes;
    const file = exported[`articles/article${id}.txt`];
    result.files += 1;
    if (file && Buffer.from(file).equals(Buffer.from(given))) result.identicalFiles += 1;
  }
  return result;
}

/** Imports the sample, then round-trips it through every format (see the module comment). */
export async function measurePtcRoundTrip(codebook: Codebook): Promise<PtcRoundTrip> {
  const files = readTree(SAMPLE);
  await db.delete({ disableAutoOpen: false });
  const started = performance.now();
  const read = await readSetSource(
    { kind: 'folder', files: pickedFolder('ptc-sample', files) },
    'PTC annotators',
  );
  if (!read.ok) throw new Error(`the PTC folder was refused: ${read.reason}`);
  const stored = await storeReadSet(read.read, 'colleague');
  if (!stored.ok) throw new Error(`the PTC folder was not stored: ${stored.reason}`);
  const seconds = Math.round(performance.now() - started) / 1000;
  const counts = countOutcomes(stored.report);
  const author = stored.report.authors[0]!.id as AuthorId;
  const original = await spanKeys();
  const assembled = await assembleSet({ author, articles: { kind: 'all' }, includeTexts: false });

  const context: ReadContext = {
    colleagueName: 'Round trip',
    codebook: { codebookId: codebook.id, version: codebook.version },
    itemIdForLabel: labelMatcher(codebook),
    now: '2026-03-12T09:00:00.000Z',
    libraryArticles: listLibraryArticlesWithText,
  };
  const formats: Record<string, FormatRoundTrip> = {};
  let ptc2020: PtcRoundTrip['ptc2020'] | undefined;
  const runs = [
    ...EXPORT_FORMATS.map((f) => ({ name: f.id as string, id: f.id, scheme: undefined })),
    { name: 'semeval-ptc2020', id: 'semeval' as const, scheme: 'ptc2020' as const },
  ];
  for (const run of runs) {
    const output = await runExport(run.id, assembled, {
      codebook,
      appVersion: '0.1.0',
      exportedAt: EXPORTED_AT,
      ...(run.scheme ? { semevalScheme: run.scheme } : {}),
    });
    if (run.scheme === 'ptc2020') ptc2020 = compareWithCorpus(output.content as Uint8Array, files);
    // Into the same library, its articles kept: what comes back is what the file carried.
    await clearAnnotations();
    const back = await readSetFile(output.fileName, output.content, context);
    if (!back.ok) {
      formats[run.name] = { noImporter: back.reason };
      continue;
    }
    await importIncomingSet(back.incoming, context.now);
    const keys = await spanKeys();
    formats[run.name] = {
      identical: identicalCount(original, keys),
      of: original.length,
      readBack: keys.length,
    };
  }
  return {
    articles: articleIds(files).length,
    techniqueLines: files
      .filter((f) => f.path.endsWith('.task2-TC.labels'))
      .reduce((n, f) => n + sortedLines(strFromU8(f.bytes)).length, 0),
    imported: {
      placedExactly: counts.imported,
      moved: counts.moved,
      reanchored: counts.reanchored,
      orphaned: counts.orphaned,
      refused: counts.error,
    },
    seconds,
    ptc2020: ptc2020!,
    formats,
  };
}

/** The figures as the benchmark prints them, one line each. */
export function describePtcRoundTrip(ptc: PtcRoundTrip): string[] {
  const { imported: i, ptc2020: p } = ptc;
  const lines = [
    `PTC sample: ${ptc.articles} articles, ${ptc.techniqueLines} technique lines, read as a ` +
      `folder and stored in ${ptc.seconds} s: placed exactly ${i.placedExactly}, moved ${i.moved}, ` +
      `re-anchored ${i.reanchored}, orphaned ${i.orphaned}, refused ${i.refused}`,
    `  PTC 2020 export: ${p.identicalLines} of ${p.lines} label lines identical, ` +
      `${p.identicalFiles} of ${p.files} article files byte for byte`,
  ];
  for (const [format, result] of Object.entries(ptc.formats)) {
    lines.push(
      'noImporter' in result
        ? `  ${format}: not read back (${result.noImporter})`
        : `  ${format}: ${result.identical} of ${result.of} spans back identical` +
            (result.readBack !== result.of ? ` (${result.readBack} read back)` : ''),
    );
  }
  return lines;
}

/**
 * The Propaganda Techniques Corpus imported as an analyst has it, through the code path of
 * the Import dialog (`readSetSource`, then `storeReadSet`): the folder as distributed
 * (`articles/`, `labels-technique/`, `labels-span/`) or a zip of it, and copies saved with
 * a byte order mark, a U+FEFF inside, CRLF or decomposed accents. Every span must land on
 * the characters its offsets name in the file as given, be counted placed only when it did,
 * the articles be stored once (normal text, the file as given beside it, its own name), and
 * an export in the PTC 2020 scheme give the corpus back. Lives in tests/unit because it reads
 * files, which the renderer's tsconfig forbids.
 */
import 'fake-indexeddb/auto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestFile } from '../../main/ingest/ingest-file';
import type { AuthorId } from '../../renderer/src/annotation/types';
import { loadDefaultCodebook } from '../../renderer/src/codebook/default-codebook';
import { db } from '../../renderer/src/db/db';
import { runExport } from '../../renderer/src/sets/export-formats';
import { readSetSource, storeReadSet, type SetSource } from '../../renderer/src/sets/import-file';
import { countOutcomes, type SetImportReport } from '../../renderer/src/sets/import-report';
import { importIncomingSet } from '../../renderer/src/sets/import-set';
import { readSetFile } from '../../renderer/src/sets/read-set-file';
import { assembleSet, listLibraryArticlesWithText } from '../../renderer/src/sets/set-repository';
import { addIngestedArticles } from '../../renderer/src/library/article-repository';
import { normaliseText } from '../../renderer/src/text/normal-form';
import {
  articleIds,
  derivedCorpus,
  FIXTURE,
  pickedFolder,
  readTree,
  SAVED_AS,
  sortedLines,
  textOf,
  utf8,
  zipped,
  type CorpusFile,
} from '../support/ptc-corpus';

const codebook = loadDefaultCodebook();
const fixture = readTree(FIXTURE);
/** 23 technique lines over five articles; the 23 task1-SI lines are the same spans. */
const FIXTURE_SPANS = 23;

/** Imports `source` as the dialog does, into colleagues' sets, and answers its report. */
async function importAsDialog(source: SetSource): Promise<SetImportReport> {
  const read = await readSetSource(source, 'PTC annotators');
  if (!read.ok) throw new Error(read.reason);
  const stored = await storeReadSet(read.read, 'colleague');
  if (!stored.ok) throw new Error(stored.reason);
  return stored.report;
}

const importFolder = (files: readonly CorpusFile[]) =>
  importAsDialog({ kind: 'folder', files: pickedFolder('ptc-sample', files) });

/** Each technique line of `files` and the text its offsets name (code points, file as given). */
function expectedQuotes(files: readonly CorpusFile[]): string[] {
  return files
    .filter((f) => f.path.endsWith('.task2-TC.labels'))
    .flatMap((f) =>
      sortedLines(utf8.decode(f.bytes)).map((line) => {
        const [id, , start, end] = line.split('\t');
        const points = Array.from(textOf(files, `articles/article${id}.txt`));
        return normaliseText(points.slice(Number(start), Number(end)).join(''));
      }),
    )
    .sort();
}

/** The quotes of the imported annotations, as stored. */
async function storedQuotes(author: AuthorId): Promise<string[]> {
  const { set } = await assembleSet({ author, articles: { kind: 'all' }, includeTexts: false });
  return set.annotations.flatMap((a) => (a.kind === 'span' ? [a.quote.exact] : [])).sort();
}

/**
 * Each article of `files` stored once under its file's name: the text in normal form (what
 * opening the file from disk stores), the file as given beside it.
 */
async function expectStoredAs(files: readonly CorpusFile[]): Promise<void> {
  const records = await db.articles.toArray();
  for (const id of articleIds(files)) {
    const given = textOf(files, `articles/article${id}.txt`);
    const named = records.filter((r) => r.sourceName === `article${id}.txt`);
    expect(named, id).toHaveLength(1);
    const stored = await db.articleTexts.get(named[0]!.id);
    expect(stored?.text, id).toBe(normaliseText(given));
    expect((await db.articleOriginals.get(named[0]!.id))?.original, id).toBe(given);
  }
}

/** The PTC 2020 export of `author`'s set, by path. */
async function exportPtc(author: AuthorId): Promise<Map<string, Uint8Array>> {
  const assembled = await assembleSet({ author, articles: { kind: 'all' }, includeTexts: false });
  const output = await runExport('semeval', assembled, {
    codebook,
    appVersion: '0.1.0',
    exportedAt: '2026-03-11T10:00:00.000Z',
    semevalScheme: 'ptc2020',
  });
  return new Map(Object.entries(unzipSync(output.content as Uint8Array)));
}

/** Article files byte for byte and technique lines as sets, export against `files`. */
function compareWithCorpus(exported: Map<string, Uint8Array>, files: readonly CorpusFile[]) {
  let lines = 0;
  let identical = 0;
  for (const id of articleIds(files)) {
    const article = files.find((f) => f.path === `articles/article${id}.txt`)!;
    const file = exported.get(`articles/article${id}.txt`);
    expect(file && Buffer.from(file).equals(Buffer.from(article.bytes)), id).toBe(true);
    const labels = `labels-technique/article${id}.task2-TC.labels`;
    const expected = sortedLines(textOf(files, labels));
    const written = new Set(sortedLines(strFromU8(exported.get(labels) ?? new Uint8Array())));
    lines += expected.length;
    identical += expected.filter((line) => written.has(line)).length;
  }
  return { lines, identical };
}

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

describe('the PTC corpus as distributed', () => {
  it('imports the folder: every span placed exactly, each article once, as its file', async () => {
    const report = await importFolder(fixture);
    expect(report.formatLabel).toBe('PTC (SemEval-2020 task 11)');
    expect(countOutcomes(report)).toMatchObject({
      imported: FIXTURE_SPANS,
      moved: 0,
      reanchored: 0,
      orphaned: 0,
      error: 0,
    });
    expect(report.articlesCreated).toBe(5);
    // The unlabelled spans are the technique spans again: said, not imported twice.
    expect(report.notes).toContainEqual(
      expect.stringMatching(/^23 unlabelled spans \(task1-SI\) are also technique spans/),
    );
    expect(await storedQuotes(report.authors[0]!.id as AuthorId)).toEqual(expectedQuotes(fixture));
    await expectStoredAs(fixture);
  });

  it('imports the zip of the folder the same way, and names what it passed over', async () => {
    const readme = { path: 'PTC-README.md', bytes: new TextEncoder().encode('# PTC\n') };
    // One article starts with a byte order mark, as one does in the full corpus.
    const withBom = derivedCorpus(
      fixture,
      '111111115',
      SAVED_AS['a byte order mark at the start']!,
    );
    const report = await importAsDialog({
      kind: 'file',
      file: zipped('ptc-sample', [readme, ...withBom]),
    });
    expect(countOutcomes(report)).toMatchObject({ imported: FIXTURE_SPANS, error: 0 });
    expect(report.notes).toContainEqual(expect.stringContaining('ptc-sample/PTC-README.md'));
    expect(await storedQuotes(report.authors[0]!.id as AuthorId)).toEqual(expectedQuotes(fixture));
  });

  it('refuses a folder in no layout it knows, naming what it expected and found', async () => {
    const articles = fixture.filter((f) => f.path.startsWith('articles/'));
    const read = await readSetSource(
      { kind: 'folder', files: pickedFolder('ptc-sample', articles) },
      'PTC annotators',
    );
    expect(read.ok === false && read.reason).toMatch(
      /task2-TC\.labels.*This holds 5 article<ID>\.txt files but no span file/,
    );
  });
});

describe('a PTC article saved another way', () => {
  for (const [how, resave] of Object.entries(SAVED_AS)) {
    it(`places every span of files saved with ${how} exactly, and exports them back`, async () => {
      let copy = fixture;
      for (const id of articleIds(fixture)) copy = derivedCorpus(copy, id, resave);
      const report = await importFolder(copy);
      expect(countOutcomes(report)).toMatchObject({
        imported: FIXTURE_SPANS,
        moved: 0,
        orphaned: 0,
        error: 0,
      });
      const author = report.authors[0]!.id as AuthorId;
      // The same characters as the corpus as distributed, stored in the same normal text.
      expect(await storedQuotes(author)).toEqual(expectedQuotes(fixture));
      await expectStoredAs(copy);
      expect(await db.articles.count()).toBe(5);
      expect(compareWithCorpus(await exportPtc(author), copy)).toEqual({
        lines: FIXTURE_SPANS,
        identical: FIXTURE_SPANS,
      });
    });
  }
});

describe('a library that holds the corpus already', () => {
  let folder: string | undefined;
  afterEach(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
    folder = undefined;
  });

  /** Opens the corpus's articles from disk as the library's Open does (ingested, normalised). */
  async function openFromDisk(files: readonly CorpusFile[]): Promise<void> {
    folder = await mkdtemp(join(tmpdir(), 'sourcemark-ptc-'));
    const ingested = [];
    for (const id of articleIds(files)) {
      const path = join(folder, `article${id}.txt`);
      await writeFile(path, files.find((f) => f.path === `articles/article${id}.txt`)!.bytes);
      const outcome = await ingestFile(path);
      if (outcome.kind !== 'article') throw new Error(outcome.failure.reason);
      ingested.push(outcome.article);
    }
    await addIngestedArticles(ingested);
  }

  it('places the spans on those articles and creates none, whatever the copy', async () => {
    await openFromDisk(fixture);
    const withBom = derivedCorpus(
      fixture,
      '771546417',
      SAVED_AS['a byte order mark at the start']!,
    );
    const crlf = derivedCorpus(withBom, '701933838', SAVED_AS['CRLF line ends']!);
    const report = await importFolder(crlf);
    expect(report.articlesCreated).toBe(0);
    expect(report.articlesMatched).toBe(5);
    expect(countOutcomes(report)).toMatchObject({ imported: FIXTURE_SPANS, error: 0 });
    expect(await storedQuotes(report.authors[0]!.id as AuthorId)).toEqual(expectedQuotes(fixture));
    expect(await db.articles.count()).toBe(5);
  });

  it('takes a W3C export of the imported corpus back with no article missing', async () => {
    const report = await importFolder(fixture);
    const author = report.authors[0]!.id as AuthorId;
    const assembled = await assembleSet({ author, articles: { kind: 'all' }, includeTexts: false });
    const w3c = await runExport('w3c', assembled, {
      codebook,
      appVersion: '0.1.0',
      exportedAt: '2026-03-11T10:00:00.000Z',
    });
    // A fresh profile that opened the same files from disk: the targets' text hashes match.
    await db.delete({ disableAutoOpen: false });
    await openFromDisk(fixture);
    const read = await readSetFile('ptc.jsonld', w3c.content as string, {
      colleagueName: 'PTC annotators',
      codebook: { codebookId: codebook.id, version: codebook.version },
      itemIdForLabel: () => undefined,
      now: '2026-03-12T09:00:00.000Z',
      libraryArticles: listLibraryArticlesWithText,
    });
    if (!read.ok) throw new Error(read.reason);
    const again = await importIncomingSet(read.incoming, '2026-03-12T09:00:00.000Z');
    expect(countOutcomes(again)).toMatchObject({ imported: FIXTURE_SPANS, error: 0 });
  });
});

describe('the PTC round trip', () => {
  it('gives back every article file and every technique line of the imported folder', async () => {
    const report = await importFolder(fixture);
    const exported = await exportPtc(report.authors[0]!.id as AuthorId);
    expect(compareWithCorpus(exported, fixture)).toEqual({
      lines: FIXTURE_SPANS,
      identical: FIXTURE_SPANS,
    });
  });
});

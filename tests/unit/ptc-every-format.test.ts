// @vitest-environment jsdom
// (REFI-QDA's reader parses project.qde with the page's DOMParser; jsdom's stands in.)
/**
 * The Propaganda Techniques Corpus round trip through every format, as analysts make it:
 * the corpus folder imported with the Import dialog's code path, exported in each format,
 * that file imported into a fresh profile (for CoNLL, which holds no text, one that holds
 * the articles), and every technique span the format writes found again on the same
 * characters with the same codebook item. Measured on the full corpus before this test, a
 * brat round trip changed the label of 1,997 of 6,128 spans (`Name_calling_or_labelling`
 * and other brat-safe labels were not matched back) while the report said all imported.
 * Runs on the five fixture articles and, on the whole
 * 40-article sample (tests/fixtures/ptc-sample-40). Lives in tests/unit because it reads files.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, AuthorId } from '../../renderer/src/annotation/types';
import { externalLabelOf, indexCodebook } from '../../renderer/src/codebook/codebook-lookup';
import { loadDefaultCodebook } from '../../renderer/src/codebook/default-codebook';
import { db } from '../../renderer/src/db/db';
import type { SemEvalScheme } from '../../renderer/src/formats/semeval/semeval-export';
import { runExport, type ExportFormatId } from '../../renderer/src/sets/export-formats';
import { readSetSource, storeReadSet } from '../../renderer/src/sets/import-file';
import { countOutcomes } from '../../renderer/src/sets/import-report';
import { importIncomingSet } from '../../renderer/src/sets/import-set';
import { labelMatcher } from '../../renderer/src/sets/label-matcher';
import { readSetFile } from '../../renderer/src/sets/read-set-file';
import {
  assembleSet,
  listLibraryArticlesWithText,
  type AssembledSet,
} from '../../renderer/src/sets/set-repository';
import { seedArticle } from '../../renderer/src/sets/sets-testing';
import { FIXTURE, pickedFolder, readTree, FULL_SAMPLE } from '../support/ptc-corpus';

const codebook = loadDefaultCodebook();
const index = indexCodebook(codebook);
const EXPORTED_AT = '2026-03-11T10:00:00.000Z';

/** Imports the corpus folder at `root` as the dialog does; answers the set it became. */
async function importCorpus(root: string): Promise<AssembledSet> {
  const files = pickedFolder('ptc-sample', readTree(root));
  const read = await readSetSource({ kind: 'folder', files }, 'PTC annotators');
  if (!read.ok) throw new Error(read.reason);
  expect(read.read.unknownLabels).toEqual([]);
  const stored = await storeReadSet(read.read, 'colleague');
  if (!stored.ok) throw new Error(stored.reason);
  return assembleSet({
    author: stored.report.authors[0]!.id as AuthorId,
    articles: { kind: 'all' },
    includeTexts: true,
  });
}

/** A span as compared: its article's text, offsets, characters and item. */
function spansOf(assembled: AssembledSet, keep: (a: Annotation) => boolean = () => true) {
  return assembled.set.annotations
    .filter(keep)
    .flatMap((a) => {
      if (a.kind !== 'span') return [];
      const text = assembled.texts.get(a.articleId) ?? '';
      return [JSON.stringify([text, a.span.start, a.span.end, a.quote.exact, a.itemId])];
    })
    .sort();
}

interface Case {
  format: ExportFormatId;
  scheme?: SemEvalScheme;
  /** Which annotations the format writes (SemEval: those with a label in the scheme). */
  writes: (a: Annotation) => boolean;
  needsLibrary?: boolean;
}

const inScheme = (scheme: string) => (a: Annotation) =>
  externalLabelOf(index, a.itemId, scheme) !== undefined;

const CASES: Case[] = [
  { format: 'native', writes: () => true },
  { format: 'w3c', writes: () => true },
  { format: 'brat', writes: () => true },
  { format: 'doccano', writes: () => true },
  { format: 'label-studio', writes: () => true },
  { format: 'semeval', scheme: 'ptc2020', writes: inScheme('ptc2020') },
  { format: 'semeval', scheme: 'semeval2023', writes: inScheme('semeval2023') },
  { format: 'refi-qda', writes: () => true },
  // CoNLL writes entities only: a corpus of techniques comes back empty, and says so.
  { format: 'conll', writes: () => false, needsLibrary: true },
];

/** Exports `original` in `c`, imports it into a fresh profile and answers what came back. */
async function throughFormat(c: Case, original: AssembledSet) {
  const output = await runExport(c.format, original, {
    codebook,
    appVersion: '0.1.0',
    exportedAt: EXPORTED_AT,
    ...(c.scheme ? { semevalScheme: c.scheme } : {}),
  });
  await db.delete({ disableAutoOpen: false });
  if (c.needsLibrary) {
    for (const article of original.set.articles)
      await seedArticle(article.id, original.texts.get(article.id) ?? '', article.title);
  }
  const read = await readSetFile(output.fileName, output.content, {
    colleagueName: 'Aysel',
    codebook: { codebookId: codebook.id, version: codebook.version },
    itemIdForLabel: labelMatcher(codebook),
    now: EXPORTED_AT,
    libraryArticles: listLibraryArticlesWithText,
    codebookItems: codebook.items,
  });
  if (!read.ok) return { output, report: undefined, back: undefined, reason: read.reason };
  const report = await importIncomingSet(read.incoming, EXPORTED_AT);
  const author = report.authors[0]?.id as AuthorId | undefined;
  const back = author
    ? await assembleSet({ author, articles: { kind: 'all' }, includeTexts: true })
    : undefined;
  return { output, report, back, reason: undefined };
}

async function everyFormat(root: string, spans: number) {
  const original = await importCorpus(root);
  expect(spansOf(original)).toHaveLength(spans);
  for (const c of CASES) {
    const name = c.scheme ? `${c.format} (${c.scheme})` : c.format;
    const { output, report, back, reason } = await throughFormat(c, original);
    const expected = spansOf(original, c.writes);
    expect(output.annotationCount, name).toBe(expected.length);
    if (expected.length === 0) {
      // Nothing written: the export says why for every span, and nothing is imported.
      expect(
        output.lossiness.dropped.reduce((n, d) => n + d.count, 0),
        name,
      ).toBeGreaterThan(0);
      expect(report ? countOutcomes(report).imported : 0, `${name}: ${reason}`).toBe(0);
      continue;
    }
    expect(report, `${name}: ${reason}`).toBeDefined();
    expect(
      report!.items.filter((i) => i.kind === 'error'),
      name,
    ).toEqual([]);
    expect(countOutcomes(report!).imported, name).toBe(expected.length);
    expect(spansOf(back!), name).toEqual(expected);
  }
}

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

describe('the PTC corpus through every format', () => {
  it('comes back on the same characters with the same labels (five fixture articles)', async () => {
    await everyFormat(FIXTURE, 23);
  }, 60_000);

  it('comes back on the same characters with the same labels (the whole sample, 662 spans)', async () => {
    await everyFormat(FULL_SAMPLE, 662);
  }, 300_000);
});

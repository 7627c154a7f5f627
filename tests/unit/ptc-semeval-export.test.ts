/**
 * A Propaganda Techniques Corpus imported into the library comes back, exported as SemEval
 * in the PTC 2020 scheme, as the files it came from: every article file byte for byte and
 * every label line identical. The articles are stored as a set import stores them (text =
 * `normaliseText(file)`, original = the file, spans mapped through
 * `normaliseWithMap(file).toNormal`, labels mapped onto the default codebook with the PTC
 * string kept), read back with `assembleSet` and exported with `runExport`, as the Export
 * dialog does. Lines are compared as sorted lists: the corpus lists a file's spans in no
 * particular order, and an annotation does not record the line it came from, so the export
 * writes them in text order.
 *
 * Runs on the five fixture articles (tests/fixtures/ptc-sample), on copies of two of them
 * with what the sample lacks (a byte order mark, CRLF, decomposed accents), and on the
 * whole 40-article sample (tests/fixtures/ptc-sample-40). Lives in tests/unit
 * because it reads files, which the renderer's tsconfig forbids.
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { quoteOf } from '../../renderer/src/anchoring/quote-of';
import type {
  AnnotationId,
  ArticleId,
  AuthorId,
  CodebookItemId,
  SpanAnnotation,
} from '../../renderer/src/annotation/types';
import { loadDefaultCodebook } from '../../renderer/src/codebook/default-codebook';
import { db } from '../../renderer/src/db/db';
import { codePointOffsets } from '../../renderer/src/formats/shared/code-point-offsets';
import {
  PTC_LABEL_ATTRIBUTE,
  PTC_TO_SEMEVAL2023,
} from '../../renderer/src/formats/semeval/ptc-labels';
import { runExport } from '../../renderer/src/sets/export-formats';
import { labelMatcher } from '../../renderer/src/sets/import-file';
import { assembleSet } from '../../renderer/src/sets/set-repository';
import { seedArticle } from '../../renderer/src/sets/sets-testing';
import { normaliseText, normaliseWithMap } from '../../renderer/src/text/normal-form';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'ptc-sample');
const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'ptc-sample-40');
const ME = 'analyst-ptc' as AuthorId;
const codebook = loadDefaultCodebook();
const itemOf = labelMatcher(codebook);
// Keeps a leading BOM: the corpus counts it as a code point.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** One corpus article: its file's bytes and its label file's text. */
interface PtcArticle {
  id: string;
  file: Uint8Array;
  labels: string;
}

function readCorpus(root: string): PtcArticle[] {
  return readdirSync(join(root, 'articles'))
    .filter((name) => /^article\w+\.txt$/.test(name))
    .map((name) => {
      const id = name.slice('article'.length, -'.txt'.length);
      const labels = join(root, 'labels-technique', `article${id}.task2-TC.labels`);
      return {
        id,
        file: readFileSync(join(root, 'articles', name)),
        labels: readFileSync(labels, 'utf8'),
      };
    });
}

/** Stores `articles` and their spans as a set import would (see the module comment). */
async function storeAsImported(articles: readonly PtcArticle[]): Promise<void> {
  for (const article of articles) {
    const given = utf8.decode(article.file);
    const text = normaliseText(given);
    const key = `article${article.id}`;
    await seedArticle(key, text, text.split('\n')[0]);
    await db.articleOriginals.update(key as ArticleId, { original: given });
    const map = normaliseWithMap(given);
    const units = codePointOffsets(given);
    const annotations = article.labels
      .split('\n')
      .filter(Boolean)
      .map((line, n): SpanAnnotation => {
        const [, technique = '', start, end] = line.split('\t');
        const edge = (point: string | undefined, bias: 'start' | 'end') =>
          map.toNormal(units.toCodeUnit(Number(point))!, bias)!.offset;
        const span = { start: edge(start, 'start'), end: edge(end, 'end') };
        const mapped = PTC_TO_SEMEVAL2023.get(technique) ?? technique;
        return {
          kind: 'span',
          id: `${key}-${n}` as AnnotationId,
          articleId: key as ArticleId,
          itemId: (itemOf(mapped) ?? mapped) as CodebookItemId,
          codebook: { codebookId: codebook.id, version: codebook.version },
          attributes: mapped === technique ? {} : { [PTC_LABEL_ATTRIBUTE]: technique },
          note: '',
          author: ME,
          createdAt: '2026-03-01T00:00:00.000Z',
          modifiedAt: '2026-03-01T00:00:00.000Z',
          span,
          quote: quoteOf(text, span),
        };
      });
    await db.annotations.bulkAdd(annotations);
  }
}

/** The export's files by path, as bytes. */
async function exportPtc(): Promise<Map<string, Uint8Array>> {
  const assembled = await assembleSet({
    author: ME,
    articles: { kind: 'all' },
    includeTexts: false,
  });
  const output = await runExport('semeval', assembled, {
    codebook,
    appVersion: '0.1.0',
    exportedAt: '2026-03-11T10:00:00.000Z',
    semevalScheme: 'ptc2020',
  });
  return new Map(Object.entries(unzipSync(output.content as Uint8Array)));
}

const sortedLines = (text: string) => text.split('\n').filter(Boolean).sort();

/** Every article file and label line of `articles` in the export of their import. */
async function roundTrip(articles: readonly PtcArticle[]) {
  await storeAsImported(articles);
  const files = await exportPtc();
  let lines = 0;
  let matching = 0;
  for (const article of articles) {
    const file = files.get(`articles/article${article.id}.txt`);
    expect(file && Buffer.from(file).equals(Buffer.from(article.file)), article.id).toBe(true);
    const written = files.get(`labels-technique/article${article.id}.task2-TC.labels`);
    expect(written, article.id).toBeDefined();
    const exported = new Set(sortedLines(strFromU8(written!)));
    const expected = sortedLines(article.labels);
    lines += expected.length;
    matching += expected.filter((line) => exported.has(line)).length;
    expect(sortedLines(strFromU8(written!)), article.id).toEqual(expected);
  }
  expect(files.size).toBe(articles.length * 2);
  return { lines, matching };
}

/**
 * A copy of `article` as another tool might have saved it: a byte order mark, CRLF line
 * ends and decomposed accents, its label offsets moved to count the same characters.
 */
function derivedCopy(article: PtcArticle): PtcArticle {
  const points = Array.from(utf8.decode(article.file));
  const derive = (text: string) => `\uFEFF${text.normalize('NFD').replace(/\n/g, '\r\n')}`;
  // NFD decomposes character by character here (the text is NFC, no marks to reorder), so
  // the copy of a prefix is a prefix of the copy.
  const at = (point: string) => Array.from(derive(points.slice(0, Number(point)).join(''))).length;
  const labels = article.labels
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [id, technique, start, end] = line.split('\t') as [string, string, string, string];
      return `${id}\t${technique}\t${at(start)}\t${at(end)}\n`;
    })
    .join('');
  return { id: article.id, file: new TextEncoder().encode(derive(points.join(''))), labels };
}

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

describe('a PTC corpus exported in the PTC 2020 scheme', () => {
  it('gives back every article file byte for byte and every label line', async () => {
    const articles = readCorpus(FIXTURE);
    expect(articles.map((a) => a.id).sort()).toEqual([
      '111111115',
      '696246189',
      '701933838',
      '725238842',
      '771546417',
    ]);
    const { lines, matching } = await roundTrip(articles);
    expect([matching, lines]).toEqual([23, 23]);
  });

  it('gives back a file saved with a BOM, CRLF and decomposed accents as it was', async () => {
    const fixtures = readCorpus(FIXTURE);
    // 701933838 has accents to decompose; 771546417 a U+FEFF inside as well.
    const copies = fixtures
      .filter((a) => ['701933838', '771546417'].includes(a.id))
      .map(derivedCopy);
    expect(
      copies.every((c) => c.file[0] === 0xef && c.file[1] === 0xbb && c.file[2] === 0xbf),
    ).toBe(true);
    expect(utf8.decode(copies[0]!.file)).not.toBe(normaliseText(utf8.decode(copies[0]!.file)));
    const { lines, matching } = await roundTrip(copies);
    expect(matching).toBe(lines);
  });

  it('gives back the whole sample (40 articles, 662 spans)', async () => {
    const { lines, matching } = await roundTrip(readCorpus(CORPUS));
    expect([matching, lines]).toEqual([662, 662]);
  }, 60_000);
});

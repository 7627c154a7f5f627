/**
 * The text formats' files as their tools write them, texts saved with a byte order mark,
 * CRLF or decomposed accents: every span lands on the characters its offsets name, in the
 * normal text the library stores, and is reported placed only when it did.
 */
import 'fake-indexeddb/auto';
import { strToU8, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ArticleId, AuthorId } from '../annotation/types';
import { db } from '../db/db';
import { getSetAnnotations } from '../store/annotation-storage';
import { normaliseText } from '../text/normal-form';
import { countOutcomes } from './import-report';
import { importIncomingSet } from './import-set';
import { readSetFile, type ReadContext } from './read-set-file';

const context: ReadContext = {
  colleagueName: 'Aysel',
  codebook: { codebookId: 'sourcemark-news-default', version: 1 },
  itemIdForLabel: () => undefined,
  now: '2026-03-11T10:00:00.000Z',
  libraryArticles: async () => [],
};

/** A French news text as another tool saved it: BOM, CRLF, decomposed accents. */
const GIVEN = '\uFEFFTitre\r\n\r\nLe re\u0301gime a de\u0301cide\u0301 : Bakou re\u0301pond.';
const NORMAL = normaliseText(GIVEN);
/** Code points of the first `phrase` in the text as given. */
const pointsOf = (phrase: string) => {
  const start = Array.from(GIVEN.slice(0, GIVEN.indexOf(phrase))).length;
  return [start, start + Array.from(phrase).length] as const;
};

async function importFile(name: string, content: string | Uint8Array) {
  const read = await readSetFile(name, content, context);
  if (!read.ok) throw new Error(read.reason);
  const report = await importIncomingSet(read.incoming, context.now);
  const [article] = await db.articles.toArray();
  const [text, original] = await Promise.all([
    db.articleTexts.get(article!.id),
    db.articleOriginals.get(article!.id),
  ]);
  const stored = text && { ...text, original: original?.original };
  const author = report.authors[0]!.id as AuthorId;
  const annotations = await getSetAnnotations([[article!.id as ArticleId, author]]);
  const quotes = annotations.flatMap((a) =>
    a.kind === 'span' ? [NORMAL.slice(a.span.start, a.span.end)] : [],
  );
  return { report, stored, quotes };
}

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

describe('text formats placed in the normal text', () => {
  it('brat with its annotation.conf: exact spans, and a shifted one moved, not imported', async () => {
    const [s1, e1] = pointsOf('de\u0301cide\u0301');
    const [s2, e2] = pointsOf('Bakou');
    const zip = zipSync({
      'corpus/annotation.conf': strToU8('[entities]\nVerb\nPlace\n'),
      'corpus/doc.txt': strToU8(GIVEN),
      // The .ann starts with a BOM too; T2's offsets are one character late, as PTC warns.
      'corpus/doc.ann': strToU8(
        `\uFEFFT1\tVerb ${s1} ${e1}\tde\u0301cide\u0301\nT2\tPlace ${s2 + 1} ${e2 + 1}\tBakou\n`,
      ),
    });
    const { report, stored, quotes } = await importFile('set.zip', zip);
    expect(stored?.text).toBe(NORMAL);
    expect(stored?.original).toBe(GIVEN);
    expect(quotes.sort()).toEqual(['Bakou', 'décidé']);
    expect(countOutcomes(report)).toMatchObject({ imported: 1, moved: 1, error: 0 });
    expect(report.items.find((i) => i.kind === 'moved')?.detail).toMatch(/not the text it quotes/);
  });

  it('SemEval: a span whose edge splits an accent from its letter is moved, widened', async () => {
    const [start] = pointsOf('re\u0301gime');
    const zip = zipSync({
      'article5.txt': strToU8(GIVEN),
      // Ends between "e" and U+0301: the stored "é" is one character.
      'labels-subtask-3-spans.txt': strToU8(`5\tLoaded_Language\t${start}\t${start + 2}\n`),
    });
    const { report, quotes } = await importFile('set.zip', zip);
    expect(quotes).toEqual(['ré']);
    expect(countOutcomes(report)).toMatchObject({ imported: 0, moved: 1 });
    expect(report.items[0]?.detail).toMatch(/widened to whole characters/);
  });

  it('doccano and Label Studio: offsets into a text with CRLF and decomposed accents', async () => {
    const [start, end] = pointsOf('re\u0301pond');
    const doccano = JSON.stringify({ text: GIVEN, label: [[start, end, 'Verb']] });
    const first = await importFile('all.jsonl', `\uFEFF${doccano}\n`);
    expect(first.quotes).toEqual(['répond']);
    expect(countOutcomes(first.report)).toMatchObject({ imported: 1, error: 0 });

    await db.delete({ disableAutoOpen: false });
    const value = { start, end, text: 're\u0301pond', labels: ['Verb'] };
    const task = {
      id: 1,
      data: { text: GIVEN },
      annotations: [{ id: 1, result: [{ id: 'r1', type: 'labels', value }] }],
    };
    const second = await importFile('export.json', JSON.stringify([task]));
    expect(second.quotes).toEqual(['répond']);
    expect(countOutcomes(second.report)).toMatchObject({ imported: 1, error: 0 });
  });
});

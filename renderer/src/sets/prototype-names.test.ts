/**
 * Names a file may give that are also members of `Object.prototype`: as labels, attribute
 * names, entity names and ids, every importer must read them as plain text. Before, a
 * SemEval label `constructor` refused the whole file, and a brat attribute `__proto__`
 * replaced an annotation's attributes object.
 */
import 'fake-indexeddb/auto';
import { strToU8, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../annotation/types';
import { db } from '../db/db';
import { NATIVE_TYPE } from '../formats/native/native-envelope';
import { getArticleAnnotations } from '../store/annotation-storage';
import type { SetImportReport } from './import-report';
import { importIncomingSet } from './import-set';
import { readSetFile, type ReadContext } from './read-set-file';
import { listLibraryArticlesWithText } from './set-repository';
import { seedArticle } from './sets-testing';
import { sha256Hex } from './sha256';

const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty'] as const;
/** The names an attribute may have; `__proto__` is refused with a reason. */
const SAFE = NAMES.filter((name) => name !== '__proto__');
const TEXT = 'abc def ghi jkl mno pqr stu vwx';
/** `[start, end)` of the n-th three-letter word of TEXT. */
const word = (n: number) => [n * 4, n * 4 + 3] as const;

const context: ReadContext = {
  colleagueName: 'Aysel',
  codebook: { codebookId: 'sourcemark-news-default', version: 1 },
  itemIdForLabel: () => undefined,
  now: '2026-03-11T10:00:00.000Z',
  libraryArticles: listLibraryArticlesWithText,
};

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

async function importAll(name: string, content: string | Uint8Array) {
  const read = await readSetFile(name, content, context);
  if (!read.ok) throw new Error(`refused: ${read.reason}`);
  const report = await importIncomingSet(read.incoming, context.now);
  const stored: Annotation[] = [];
  for (const article of await db.articles.toArray()) {
    stored.push(...(await getArticleAnnotations(article.id)));
  }
  return { report, stored };
}

const labelsOf = (stored: Annotation[]) => stored.map((a) => a.itemId as string).sort();

/** Every annotation holds the safe names, as own text values, on an ordinary object. */
function expectSafeAttributes(stored: Annotation[]) {
  for (const annotation of stored) {
    expect(Object.getPrototypeOf(annotation.attributes)).toBe(Object.prototype);
    expect(Object.keys(annotation.attributes).sort()).toEqual([...SAFE].sort());
    for (const name of SAFE) expect(annotation.attributes[name]).toBe(`v-${name}`);
  }
}

const errors = (report: SetImportReport) => report.items.filter((i) => i.kind === 'error');

describe('names that are Object.prototype members, in every importer', () => {
  it('brat: as entity types (labels), attribute names and file names', async () => {
    const ann = NAMES.flatMap((label, n) => [
      `T${n + 1}\t${label} ${word(n).join(' ')}\t${TEXT.slice(...word(n))}`,
      ...NAMES.map((name, m) => `A${n * 10 + m}\t${name} T${n + 1} v-${name}`),
    ]);
    const zip = zipSync({
      '__proto__.txt': strToU8(TEXT),
      '__proto__.ann': strToU8(`${ann.join('\n')}\n`),
    });
    const { report, stored } = await importAll('set.zip', zip);
    expect(labelsOf(stored)).toEqual([...NAMES].sort());
    expectSafeAttributes(stored);
    // One refused attribute line per annotation, each with its reason.
    expect(errors(report).map((e) => e.detail)).toEqual(
      NAMES.map(() => 'the attribute name "__proto__" is reserved'),
    );
  });

  it('SemEval: as technique labels and article ids', async () => {
    const files = Object.fromEntries(NAMES.map((name) => [`article${name}.txt`, strToU8(TEXT)]));
    const tsv = NAMES.map((name, n) => `${name}\t${name}\t${word(n).join('\t')}`).join('\n');
    const zip = zipSync({ ...files, 'spans.tsv': strToU8(tsv) });
    const { report, stored } = await importAll('semeval.zip', zip);
    expect(errors(report)).toEqual([]);
    expect(labelsOf(stored)).toEqual([...NAMES].sort());
    expect(stored.every((a) => Object.keys(a.attributes).length === 0)).toBe(true);
  });

  it('doccano: as labels, entity ids and article ids', async () => {
    const lines = NAMES.map((name, n) =>
      JSON.stringify({
        article_id: name,
        text: `${TEXT} ${n}`,
        entities: [
          { id: name, start_offset: 0, end_offset: 3, label: name },
          { id: 'other', start_offset: 4, end_offset: 7, label: 'cue' },
        ],
        relations: [{ from_id: name, to_id: 'other', type: 'cue' }],
      }),
    );
    const { report, stored } = await importAll('set.jsonl', lines.join('\n'));
    expect(errors(report)).toEqual([]);
    expect(labelsOf(stored.filter((a) => a.itemId !== 'cue'))).toEqual([...NAMES].sort());
    const linked = stored.filter((a) => a.kind === 'span' && a.links?.cueId);
    expect(linked).toHaveLength(4);
  });

  it('Label Studio: as labels, result ids and article ids', async () => {
    const tasks = NAMES.map((name, n) => ({
      id: n + 1,
      data: { text: `${TEXT} ${n}`, article_id: name },
      annotations: [
        { result: [{ id: name, type: 'labels', value: { start: 0, end: 3, labels: [name] } }] },
      ],
    }));
    const { report, stored } = await importAll('ls.json', JSON.stringify(tasks));
    expect(errors(report)).toEqual([]);
    expect(labelsOf(stored)).toEqual([...NAMES].sort());
  });

  it('W3C: as labels, attribute names (both forms), annotation and article ids', async () => {
    await seedArticle('__proto__', TEXT, 'Title');
    const attributes = `{${NAMES.map((name) => `"${name}": "v-${name}"`).join(', ')}}`;
    const items = NAMES.map((name, n) => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: name,
      'sourcemark:articleId': '__proto__',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: name },
        ...(n % 2 === 0
          ? []
          : NAMES.map((attribute) => ({
              type: 'TextualBody',
              purpose: 'describing',
              value: `${attribute}: v-${attribute}`,
            }))),
      ],
      ...(n % 2 === 0 ? { 'sourcemark:attributes': JSON.parse(attributes) } : {}),
      target: {
        selector: { type: 'TextQuoteSelector', exact: TEXT.slice(...word(n)) },
      },
    }));
    const { report, stored } = await importAll('w3c.jsonld', JSON.stringify(items));
    expect(labelsOf(stored)).toEqual([...NAMES].sort());
    expectSafeAttributes(stored);
    const imported = report.items.filter((i) => i.kind === 'imported');
    expect(imported.map((i) => i.dropped)).toEqual(
      NAMES.map(() => [
        'attribute "__proto__" dropped: the attribute name "__proto__" is reserved',
      ]),
    );
  });

  it('native: as labels, attribute names, entity names and every id', async () => {
    const stamp = '2026-03-11T10:00:00.000Z';
    const annotation = (name: string, n: number, attributes: string) => ({
      id: name,
      articleId: '__proto__',
      kind: 'span',
      span: { start: word(n)[0], end: word(n)[1] },
      quote: { exact: TEXT.slice(...word(n)), prefix: '', suffix: '' },
      itemId: name,
      codebook: context.codebook,
      attributes: JSON.parse(attributes),
      note: '',
      author: 'c0ffee00-0000-4000-8000-000000000001',
      createdAt: stamp,
      modifiedAt: stamp,
      entityId: name,
    });
    const safe = `{${SAFE.map((name) => `"${name}": "v-${name}"`).join(', ')}}`;
    const file = {
      type: NATIVE_TYPE,
      version: 2,
      set: {
        author: { id: 'c0ffee00-0000-4000-8000-000000000001', name: 'Aysel' },
        codebook: context.codebook,
        articles: [{ id: '__proto__', title: 'T', textSha256: await sha256Hex(TEXT), text: TEXT }],
        annotations: [
          ...NAMES.map((name, n) => annotation(name, n, safe)),
          annotation('with-proto', 4, '{"__proto__": "x", "toString": "y"}'),
        ],
        entities: NAMES.map((name) => ({
          id: name,
          name,
          aliases: [name],
          typeItemId: name,
          createdAt: stamp,
          modifiedAt: stamp,
        })),
      },
    };
    const { report, stored } = await importAll('a.sourcemark.json', JSON.stringify(file));
    expect(labelsOf(stored)).toEqual([...NAMES].sort());
    expectSafeAttributes(stored);
    expect(stored.map((a) => (a.kind === 'span' ? a.entityId : '')).sort()).toEqual(
      [...NAMES].sort(),
    );
    expect((await db.entities.toArray()).map((e) => e.name).sort()).toEqual([...NAMES].sort());
    expect(errors(report)).toEqual([
      expect.objectContaining({
        id: 'with-proto',
        detail: 'attributes.__proto__: the attribute name "__proto__" is reserved',
      }),
    ]);
  });
});

describe('W3C attribute values', () => {
  it('keeps well-typed values and drops the others, each with its reason', async () => {
    await seedArticle('a1', TEXT, 'Title');
    const item = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      'sourcemark:articleId': 'a1',
      body: { type: 'TextualBody', purpose: 'tagging', value: 'claim' },
      'sourcemark:attributes': {
        verdict: 'false',
        tags: ['a', 'b'],
        checked: true,
        score: 3,
        nested: { x: 1 },
        mixed: ['a', 2],
        nothing: null,
      },
      target: { selector: { type: 'TextQuoteSelector', exact: 'def' } },
    };
    const { report, stored } = await importAll('w3c.jsonld', JSON.stringify(item));
    expect(stored[0]?.attributes).toEqual({ verdict: 'false', tags: ['a', 'b'], checked: true });
    expect(report.items[0]).toMatchObject({
      kind: 'imported',
      dropped: [
        'attribute "score" dropped: the number 3 is not text, true/false or a list of texts',
        'attribute "nested" dropped: an object is not text, true/false or a list of texts',
        'attribute "mixed" dropped: a list holding more than texts is not text, true/false or a list of texts',
        'attribute "nothing" dropped: null is not text, true/false or a list of texts',
      ],
    });
  });

  it('drops attributes that are not an object, with the reason', async () => {
    await seedArticle('a1', TEXT, 'Title');
    const item = {
      type: 'Annotation',
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      'sourcemark:articleId': 'a1',
      body: { type: 'TextualBody', purpose: 'tagging', value: 'claim' },
      'sourcemark:attributes': 'verdict=false',
      target: { selector: { type: 'TextQuoteSelector', exact: 'def' } },
    };
    const { report, stored } = await importAll('w3c.jsonld', JSON.stringify(item));
    expect(stored[0]?.attributes).toEqual({});
    expect(report.items[0]?.dropped).toEqual(['attributes dropped: a string is not an object']);
  });
});

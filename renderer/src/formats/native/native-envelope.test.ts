import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NATIVE_VERSION, parseNativeSet, serializeNativeSet } from './native-envelope';
import { exceedsJsonDepth } from './json-depth';
import { annotationSetArbitrary } from './testing/set-arbitrary';
import type { AnnotationSet } from './annotation-set';
import { MAX_COMMENT_BODY, MAX_THREAD_LENGTH } from './set-comments';

const stamp = { exportedAt: '2026-11-23T10:00:00.000Z', appVersion: '0.1.0' };

function sampleSet(): AnnotationSet {
  return fc.sample(annotationSetArbitrary(), { seed: 7, numRuns: 1 })[0]!;
}

type Item = Record<string, unknown>;
interface RawFile {
  type: string;
  version: number;
  set: { articles: Item[]; annotations: Item[]; entities?: Item[]; comments: Item[] };
}

function mutate(text: string, change: (json: RawFile) => void): string {
  const json = JSON.parse(text) as RawFile;
  change(json);
  return JSON.stringify(json);
}

const SPAN_SET = serializeNativeSet(
  {
    author: { id: 'u1', name: 'Ana' },
    codebook: { codebookId: 'cb', version: 1 },
    articles: [
      { id: 'a1', title: 'T', textSha256: 'f'.repeat(64), text: 'Hi 😀 there', sourceName: 's' },
    ],
    annotations: [
      {
        id: 'n1',
        articleId: 'a1',
        kind: 'span',
        span: { start: 6, end: 11 },
        quote: { exact: 'there', prefix: 'Hi 😀 ', suffix: '' },
        itemId: 'claim',
        codebook: { codebookId: 'cb', version: 1 },
        attributes: {},
        note: '',
        author: 'u1',
        createdAt: '2026-01-01T00:00:00.000Z',
        modifiedAt: '2026-01-01T00:00:00.000Z',
      },
    ],
    entities: [],
    comments: [
      {
        id: 'c2',
        annotationId: 'n1',
        author: 'u2',
        authorName: 'Reviewer',
        body: 'Rejected',
        isRejection: true,
        createdAt: '2026-01-03T00:00:00.000Z',
      },
      {
        id: 'c1',
        annotationId: 'n1',
        author: 'u1',
        authorName: 'Ana',
        body: 'Is "there" a place?',
        createdAt: '2026-01-02T00:00:00.000Z',
      },
    ],
  } as unknown as AnnotationSet,
  stamp,
);

describe('native envelope', () => {
  it('round-trips generated sets byte for byte', () => {
    fc.assert(
      fc.property(annotationSetArbitrary(), (set) => {
        const first = serializeNativeSet(set, stamp);
        const parsed = parseNativeSet(first);
        if (!parsed.ok) throw new Error(parsed.reason);
        expect(parsed.results.filter((r) => r.kind !== 'imported')).toEqual([]);
        expect(serializeNativeSet(parsed.set, stamp)).toBe(first);
      }),
      { numRuns: 200 },
    );
  });

  it('writes each item of the set on a line of its own, with no spaces inside items', () => {
    const set = sampleSet();
    const text = serializeNativeSet(set, stamp);
    const json = JSON.parse(text) as { set: Record<string, Item[]> };
    const itemLines = text.split('\n').filter((line) => line.startsWith('      {'));
    const lists = ['annotations', 'articles', 'entities', 'comments'] as const;
    const items = lists.flatMap((list) => json.set[list] ?? []);
    expect(items.length).toBeGreaterThan(0);
    expect(itemLines).toEqual(items.map((item) => expect.stringContaining(JSON.stringify(item))));
    // 29 % of an indented 100,000-annotation file was indentation inside items.
    expect(text.length).toBeLessThan(JSON.stringify(json, null, 2).length * 0.8);
  });

  it('writes the same bytes whatever the input order', () => {
    const set = sampleSet();
    const shuffled = { ...set, annotations: [...set.annotations].reverse() };
    expect(serializeNativeSet(shuffled, stamp)).toBe(serializeNativeSet(set, stamp));
  });

  it('writes the envelope fields first', () => {
    const json = JSON.parse(SPAN_SET);
    expect(Object.keys(json)).toEqual([
      'type',
      'version',
      'exportedAt',
      'exportedBy',
      'generator',
      'set',
    ]);
    expect(json.generator).toBe('Sourcemark 0.1.0');
  });

  it('refuses a newer version, a wrong type and malformed JSON', () => {
    const newer = parseNativeSet(mutate(SPAN_SET, (j) => (j.version = NATIVE_VERSION + 1)));
    expect(newer).toMatchObject({
      ok: false,
      reason: expect.stringContaining('newer version of Sourcemark'),
    });
    expect(parseNativeSet(mutate(SPAN_SET, (j) => (j.type = 'other')))).toMatchObject({
      ok: false,
    });
    expect(parseNativeSet(SPAN_SET.slice(0, -10))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not valid JSON'),
    });
  });

  it('refuses deep nesting before parsing and oversized input', () => {
    expect(exceedsJsonDepth('['.repeat(65) + ']'.repeat(65))).toBe(true);
    expect(exceedsJsonDepth('['.repeat(64) + ']'.repeat(64))).toBe(false);
    expect(exceedsJsonDepth(`["${'['.repeat(100)}"]`)).toBe(false);
    expect(exceedsJsonDepth(`["\\"${'['.repeat(100)}"]`)).toBe(false);
    // A string ending in an escaped backslash ends at its quote: the brackets after it count.
    expect(exceedsJsonDepth(`["a\\\\",${'['.repeat(65)}${']'.repeat(65)}]`)).toBe(true);
    const deep = parseNativeSet('['.repeat(100_000));
    expect(deep).toMatchObject({ ok: false, reason: expect.stringContaining('deeper than 64') });
    expect(parseNativeSet(SPAN_SET, { maxChars: 100 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('too large'),
    });
  });

  it('reports bad items one by one and keeps the rest', () => {
    const text = mutate(SPAN_SET, (j) => {
      const good = j.set.annotations[0]!;
      j.set.annotations.push(
        { ...good, id: 'n2', span: { start: 8, end: 7 } },
        { ...good, id: 'n3', span: { start: 6, end: 40 } },
        { ...good, id: 'n4', quote: { exact: 'where' } },
        { ...good, id: 'n5', articleId: 'missing' },
        { ...good },
        { id: 'n6' },
      );
    });
    const parsed = parseNativeSet(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    const annotationResults = parsed.results.filter((r) => r.section === 'annotations');
    const byId = Object.fromEntries(annotationResults.toReversed().map((r) => [r.id, r]));
    expect(byId.n1).toMatchObject({ kind: 'imported' });
    expect(byId.n2).toMatchObject({ kind: 'error', reason: expect.stringContaining('not before') });
    expect(byId.n3).toMatchObject({
      kind: 'error',
      reason: expect.stringContaining('past the end'),
    });
    expect(byId.n4).toMatchObject({
      kind: 'error',
      reason: expect.stringContaining('does not match'),
    });
    expect(byId.n5).toMatchObject({
      kind: 'error',
      reason: expect.stringContaining('not in the file'),
    });
    expect(byId.n6).toMatchObject({ kind: 'error' });
    expect(parsed.results.filter((r) => r.kind === 'duplicate')).toHaveLength(1);
    expect(parsed.set.annotations.map((a) => a.id)).toEqual(['n1']);
  });

  it('checks offsets against textLength when the text is left out', () => {
    const text = mutate(SPAN_SET, (j) => {
      delete j.set.articles[0]!.text;
      j.set.articles[0]!.textLength = 8;
    });
    const parsed = parseNativeSet(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.results.find((r) => r.section === 'annotations')).toMatchObject({
      kind: 'error',
      reason: expect.stringContaining('past the end'),
    });
    expect(parsed.results.find((r) => r.section === 'comments')).toMatchObject({
      kind: 'error',
      reason: expect.stringContaining('was refused'),
    });
  });

  it('fills defaults leniently', () => {
    const text = mutate(SPAN_SET, (j) => {
      delete j.set.annotations[0]!.note;
      delete j.set.annotations[0]!.attributes;
      delete j.set.entities;
    });
    const parsed = parseNativeSet(text);
    expect(parsed.ok && parsed.set.annotations[0]).toMatchObject({ note: '', attributes: {} });
  });

  it('writes comments in thread order with their authors and the rejection flag', () => {
    const json = JSON.parse(SPAN_SET) as RawFile;
    expect(json.version).toBe(2);
    expect(json.set.comments).toEqual([
      {
        annotationId: 'n1',
        author: 'u1',
        authorName: 'Ana',
        body: 'Is "there" a place?',
        createdAt: '2026-01-02T00:00:00.000Z',
        id: 'c1',
      },
      {
        annotationId: 'n1',
        author: 'u2',
        authorName: 'Reviewer',
        body: 'Rejected',
        createdAt: '2026-01-03T00:00:00.000Z',
        id: 'c2',
        isRejection: true,
      },
    ]);
    const parsed = parseNativeSet(SPAN_SET);
    expect(parsed.ok && parsed.set.comments?.map((c) => c.id)).toEqual(['c1', 'c2']);
  });

  it('reads a version 1 file as a set without comments', () => {
    const v1 = mutate(SPAN_SET, (j) => {
      j.version = 1;
    });
    const parsed = parseNativeSet(v1);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.version).toBe(1);
    expect(parsed.set.annotations).toHaveLength(1);
    expect(parsed.set.comments).toEqual([]);
    expect(parsed.results.some((r) => r.section === 'comments')).toBe(false);
  });

  it('reports hostile comments one by one and keeps the rest', () => {
    const text = mutate(SPAN_SET, (j) => {
      const good = j.set.comments[0]!;
      j.set.comments.push(
        { ...good, id: 'c3', annotationId: 'nowhere' },
        { ...good, id: 'c4', body: 'x'.repeat(MAX_COMMENT_BODY + 1) },
        { ...good, id: 'c5', body: '   ' },
        { ...good, id: 'c6', authorName: 'n'.repeat(1000) },
        { ...good },
        { id: 'c7' },
        ...Array.from({ length: MAX_THREAD_LENGTH }, (_, i) => ({ ...good, id: `t${i}` })),
      );
    });
    const parsed = parseNativeSet(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    const comments = parsed.results.filter((r) => r.section === 'comments');
    const byId = Object.fromEntries(comments.toReversed().map((r) => [r.id, r]));
    expect(byId.c1).toMatchObject({ kind: 'imported' });
    expect(byId.c3).toMatchObject({ kind: 'error', reason: expect.stringContaining('nowhere') });
    expect(byId.c4).toMatchObject({ kind: 'error', reason: expect.stringContaining('body') });
    expect(byId.c5).toMatchObject({ kind: 'error' });
    expect(byId.c6).toMatchObject({ kind: 'error', reason: expect.stringContaining('authorName') });
    expect(byId.c7).toMatchObject({ kind: 'error' });
    expect(comments.filter((r) => r.kind === 'duplicate')).toHaveLength(1);
    // c1 and c2 are in the thread already: 198 more fit, the last two are refused.
    expect(byId[`t${MAX_THREAD_LENGTH - 1}`]).toMatchObject({
      kind: 'error',
      reason: expect.stringContaining('longer than'),
    });
    expect(parsed.set.comments).toHaveLength(MAX_THREAD_LENGTH);
    expect(parsed.set.annotations.map((a) => a.id)).toEqual(['n1']);
  });
});

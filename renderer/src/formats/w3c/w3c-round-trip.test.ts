import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../annotation/types';
import type { AnnotationSet } from '../native/annotation-set';
import { annotationSetArbitrary, ITEM_LABELS } from '../native/testing/set-arbitrary';
import { compareThreadOrder } from '../native/set-comments';
import { fromW3c } from './from-w3c';
import { toW3cCollection, toW3cList } from './to-w3c';
import type { W3cSpanTarget } from './w3c-model';

const options = { appVersion: '0.1.0', labelOf: (id: string) => ITEM_LABELS[id] ?? id };

function contextFor(set: AnnotationSet) {
  return {
    articles: set.articles,
    author: set.author.id,
    codebook: set.codebook,
    newId: () => 'fresh',
  };
}

const byId = (a: Annotation, b: Annotation) => (a.id < b.id ? -1 : 1);

const SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const TEXT = 'I 😀 said hello';
const SET = {
  author: { id: 'u1', name: 'Ana' },
  codebook: { codebookId: 'cb', version: 1 },
  articles: [{ id: 'a1', title: 'T', textSha256: SHA, text: TEXT, sourceName: 's' }],
  annotations: [
    {
      id: 'n1',
      articleId: 'a1',
      kind: 'span',
      span: { start: 10, end: 15 },
      quote: { exact: 'hello', prefix: 'I 😀 said ', suffix: '' },
      itemId: 'claim',
      codebook: { codebookId: 'cb', version: 1 },
      attributes: {},
      note: '',
      author: 'u1',
      createdAt: '2026-01-01T00:00:00+01:00',
      modifiedAt: '2026-01-01T00:00:00Z',
    },
  ],
  entities: [],
} as unknown as AnnotationSet;

describe('W3C export and import', () => {
  it('writes code-point offsets: an emoji before the span shifts them by one', () => {
    const [annotation] = toW3cList(SET, options).document;
    const selectors = (annotation!.target as W3cSpanTarget).selector;
    expect(selectors).toContainEqual({ type: 'TextPositionSelector', start: 9, end: 14 });
    expect(TEXT.slice(10, 15)).toBe('hello');
    expect(annotation!.created).toBe('2025-12-31T23:00:00.000Z');
  });

  it('names the text by its SHA-256 as an RFC 6920 ni IRI', () => {
    const [annotation] = toW3cList(SET, options).document;
    expect((annotation!.target as W3cSpanTarget).source).toBe(
      'ni:///sha-256;47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU',
    );
  });

  it('round-trips generated sets through W3C', () => {
    fc.assert(
      fc.property(annotationSetArbitrary('always'), (set) => {
        const { document } = toW3cCollection(set, options);
        const back = fromW3c(JSON.parse(JSON.stringify(document)), contextFor(set));
        expect(back.results.filter((r) => r.kind !== 'imported')).toEqual([]);
        expect(back.annotations.toSorted(byId)).toEqual(set.annotations.toSorted(byId));
        expect(back.comments.toSorted(compareThreadOrder)).toEqual(
          (set.comments ?? []).toSorted(compareThreadOrder),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('reads other tools leniently: bodyValue, selectors in any order, a bare list', () => {
    const foreign = [
      {
        type: 'Annotation',
        id: 'https://example.org/anno/1',
        bodyValue: 'Claim',
        target: {
          source: 'ni:///sha-256;47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU',
          selector: [
            { type: 'TextPositionSelector', start: 9, end: 14 },
            { type: 'TextQuoteSelector', exact: 'hello' },
          ],
        },
      },
      {
        type: 'Annotation',
        body: { type: 'TextualBody', purpose: 'tagging', value: 'Genre' },
        target: SET.articles[0]!.id,
      },
      {
        type: 'Annotation',
        bodyValue: 'x',
        target: {
          source: 'ni:///sha-256;47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU',
          selector: { type: 'TextQuoteSelector', exact: 'absent' },
        },
      },
      { type: 'Annotation', bodyValue: 'x', target: 'https://elsewhere.example/' },
      { type: 'Other' },
    ];
    const back = fromW3c(foreign, contextFor(SET));
    expect(back.results.map((r) => r.kind)).toEqual([
      'imported',
      'error',
      'error',
      'error',
      'error',
    ]);
    expect(back.annotations[0]).toMatchObject({
      id: 'fresh',
      itemId: 'Claim',
      span: { start: 10, end: 15 },
    });
    expect(back.results[2]).toMatchObject({ reason: expect.stringContaining('not found') });
  });

  it('re-anchors by quote when the positions disagree', () => {
    const item = {
      type: 'Annotation',
      body: [{ type: 'TextualBody', purpose: 'classifying', value: 'Claim' }],
      target: {
        source: 'ni:///sha-256;47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU',
        selector: [
          { type: 'TextQuoteSelector', exact: 'hello', prefix: 'said ' },
          { type: 'TextPositionSelector', start: 10, end: 15 },
        ],
      },
    };
    const back = fromW3c(item, contextFor(SET));
    expect(back.annotations[0]).toMatchObject({ span: { start: 10, end: 15 } });
  });

  it('writes each comment as a replying annotation on the annotation it discusses', () => {
    const comment = {
      id: 'c1',
      annotationId: 'n1',
      author: 'u2',
      authorName: 'Rahim',
      body: 'Rejected',
      createdAt: '2026-02-01T10:00:00+01:00',
      isRejection: true as const,
    };
    const list = toW3cList({ ...SET, comments: [comment] } as AnnotationSet, options);
    const reply = list.document.at(-1)!;
    expect(reply).toMatchObject({
      id: 'urn:uuid:c1',
      motivation: 'replying',
      created: '2026-02-01T09:00:00.000Z',
      creator: { type: 'Person', id: 'urn:uuid:u2', name: 'Rahim' },
      body: [{ type: 'TextualBody', purpose: 'replying', value: 'Rejected' }],
      target: 'urn:uuid:n1',
      'sourcemark:rejection': true,
    });
    expect(list.notes.join(' ')).toContain('1 review rejections');
  });

  it('reads replies in any order, from other tools, and refuses replies to unknown annotations', () => {
    const [annotation] = toW3cList(SET, options).document;
    const reply = (target: string, extra: object = {}) => ({
      type: 'Annotation',
      motivation: 'replying',
      target,
      body: { type: 'TextualBody', value: 'Why?' },
      ...extra,
    });
    const back = fromW3c(
      [
        reply('urn:uuid:n1', { id: 'urn:uuid:r1', creator: { id: 'urn:uuid:u9', name: 'Lea' } }),
        annotation,
        { ...reply('urn:uuid:n1'), motivation: 'commenting', bodyValue: 'Foreign note' },
        reply('urn:uuid:ghost'),
        reply('urn:uuid:n1', { body: { type: 'TextualBody', value: 'x'.repeat(5000) } }),
      ],
      contextFor(SET),
    );
    expect(back.results.map((r) => `${r.section}:${r.kind}`)).toEqual([
      'comments:imported',
      'annotations:imported',
      'comments:imported',
      'comments:error',
      'comments:error',
    ]);
    expect(back.comments).toMatchObject([
      { id: 'r1', annotationId: 'n1', author: 'u9', authorName: 'Lea', body: 'Why?' },
      { id: 'fresh', annotationId: 'n1', author: 'u1', body: 'Foreign note' },
    ]);
  });
});

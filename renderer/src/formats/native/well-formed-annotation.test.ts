import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotationSchema } from './native-schema';
import { annotationSetArbitrary } from './testing/set-arbitrary';
import { readWellFormedAnnotation } from './well-formed-annotation';

/** What the schema makes of `raw`, serialised (key order included), or `undefined`. */
const bySchema = (raw: unknown) => {
  const parsed = annotationSchema.safeParse(raw);
  return parsed.success ? JSON.stringify(parsed.data) : undefined;
};

describe('readWellFormedAnnotation', () => {
  it('reads every annotation Sourcemark writes exactly as the schema does, key order included', () => {
    fc.assert(
      fc.property(annotationSetArbitrary('sometimes'), (set) => {
        for (const annotation of set.annotations) {
          // Through JSON, as a file brings it; with a key the schema drops.
          const raw = { ...JSON.parse(JSON.stringify(annotation)), extra: { deep: [1] } };
          const fast = readWellFormedAnnotation(raw);
          expect(fast).toBeDefined();
          expect(JSON.stringify(fast)).toBe(bySchema(raw));
        }
      }),
      { numRuns: 50 },
    );
  });

  it('leaves to the schema anything incomplete or mistyped, which the schema then judges', () => {
    const good = {
      id: 'a1',
      articleId: 'art',
      itemId: 'entity.person',
      codebook: { codebookId: 'cb', version: 1 },
      attributes: { verdict: 'false', tags: ['x'], checked: true },
      note: '',
      author: 'me',
      createdAt: '2026-01-01T00:00:00.000Z',
      modifiedAt: '2026-01-01T00:00:00.000Z',
      kind: 'span',
      span: { start: 0, end: 4 },
      quote: { exact: 'Baku', prefix: '', suffix: '' },
      links: { sourceId: 's1' },
    };
    expect(JSON.stringify(readWellFormedAnnotation(good))).toBe(bySchema(good));
    const variants: unknown[] = [
      { ...good, quote: { exact: 'Baku' } }, // the schema fills prefix and suffix
      { ...good, note: undefined }, // the schema defaults the note
      { ...good, span: { start: 0.5, end: 4 } },
      { ...good, attributes: { n: 3 } },
      { ...good, links: { sourceId: '' } },
      { ...good, kind: 'relation' },
      { ...good, id: '' },
      JSON.parse('{"__proto__": {"polluted": true}}'),
      { ...good, attributes: JSON.parse('{"__proto__": "x"}') },
    ];
    for (const raw of variants) expect(readWellFormedAnnotation(raw)).toBeUndefined();
    expect(bySchema(variants[0])).toBeDefined();
    expect(bySchema(variants[2])).toBeUndefined();
  });
});

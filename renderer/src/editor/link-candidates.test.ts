import { describe, expect, it } from 'vitest';
import type { Annotation, SpanAnnotation } from '../annotation/types';
import { indexCodebook } from '../codebook/codebook-lookup';
import { loadDefaultCodebook } from '../codebook/default-codebook';
import { nearestFirst, sourceMentions } from './link-candidates';

function span(id: string, itemId: string, start: number, length = 5): SpanAnnotation {
  return {
    id,
    kind: 'span',
    itemId,
    span: { start, end: start + length },
    quote: { exact: 'x'.repeat(length), prefix: '', suffix: '' },
  } as unknown as SpanAnnotation;
}

const codebook = indexCodebook(loadDefaultCodebook());
const claim = span('claim', 'claim.claim', 500, 100);

describe('the spans a claim can be linked to by keyboard', () => {
  it('are the entity mentions and Attribution › Source spans, not cues, claims or itself', () => {
    const annotations: Annotation[] = [
      claim,
      span('person', 'entity.person', 10),
      span('said', 'attribution.cue', 490),
      span('speaker', 'attribution.source', 700),
      span('other-claim', 'claim.claim', 900),
    ];
    expect(sourceMentions(codebook, claim, annotations).map((a) => a.id)).toEqual([
      'person',
      'speaker',
    ]);
  });

  it('come nearest the claim first, on either side, the earlier first at equal distance', () => {
    const order = nearestFirst(claim, [
      span('far-before', 'entity.person', 10),
      span('after', 'entity.person', 620),
      span('before', 'entity.person', 475),
      span('inside', 'entity.person', 550),
    ]);
    expect(order.map((a) => a.id)).toEqual(['inside', 'before', 'after', 'far-before']);
  });
});

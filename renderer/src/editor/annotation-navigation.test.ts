import { describe, expect, it } from 'vitest';
import type { ArticleId, CodebookItemId } from '../annotation/types';
import { spanAnnotationOf } from '../testing/annotation-records';
import { inReadingOrder, stepAnnotation } from './annotation-navigation';

const TEXT = 'Ilham Aliyev a reçu Donald Trump à Washington, selon Ilham Aliyev lui-même.';
const article = 'a' as ArticleId;
const person = (id: string, start: number, end: number) =>
  spanAnnotationOf(id, article, TEXT, start, end);
const place = spanAnnotationOf('place', article, TEXT, 35, 45, {
  itemId: 'entity.gpe' as CodebookItemId,
});
const ordered = inReadingOrder([
  person('p3', 53, 65),
  place,
  person('p1', 0, 12),
  person('p2', 20, 32),
]);

describe('stepAnnotation', () => {
  it('walks in reading order and wraps around', () => {
    expect(ordered.map((a) => a.id)).toEqual(['p1', 'p2', 'place', 'p3']);
    expect(stepAnnotation(ordered, 'p2', 1)?.id).toBe('place');
    expect(stepAnnotation(ordered, 'p3', 1)?.id).toBe('p1');
    expect(stepAnnotation(ordered, 'p1', -1)?.id).toBe('p3');
  });

  it('starts at either end when nothing is focused', () => {
    expect(stepAnnotation(ordered, null, 1)?.id).toBe('p1');
    expect(stepAnnotation(ordered, null, -1)?.id).toBe('p3');
  });

  it('skips other labels when asked for the same label', () => {
    expect(stepAnnotation(ordered, 'p2', 1, true)?.id).toBe('p3');
    expect(stepAnnotation(ordered, 'place', 1, true)?.id).toBe('place');
  });

  it('answers nothing for no annotations', () => {
    expect(stepAnnotation([], null, 1)).toBeUndefined();
  });
});

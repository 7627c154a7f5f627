import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotation/types';
import { AnnotationStore } from './annotation-store';
import { matchingAnnotations } from './matching-annotations';
import {
  conditions,
  idsByArticle,
  names,
  span,
  vocabulary,
} from '../testing/annotation-conditions';

describe('matchingAnnotations', () => {
  it('looks a label up once per item, not once per annotation', () => {
    const store = new AnnotationStore();
    const rows: Annotation[] = [];
    for (let n = 0; n < 300; n++) {
      rows.push(span(`c${n}`, `a${n % 30}`, 'claim.claim', { verdict: 'false' }));
      rows.push(span(`t${n}`, `a${n % 30}`, 'technique.doubt'));
    }
    store.reset(rows);
    let lookups = 0;
    const counted = {
      ...vocabulary,
      itemForms: new Proxy(vocabulary.itemForms, {
        get(target, key: string) {
          lookups++;
          return target[key];
        },
      }),
    };
    const articles = Array.from({ length: 30 }, (_, n) => `a${n}`);
    const matched = matchingAnnotations(store, articles, conditions('label:claim'), counted, names);
    expect([...matched.values()].flat()).toHaveLength(300);
    expect(lookups).toBeLessThanOrEqual(2);
  });

  it('keeps each article’s rows in the store’s order when a category spans several items', () => {
    const store = new AnnotationStore();
    store.reset([
      span('1', 'a', 'technique.doubt'),
      span('2', 'a', 'technique.loaded-language'),
      span('3', 'a', 'claim.claim'),
      span('4', 'a', 'technique.doubt'),
      span('5', 'b', 'technique.loaded-language'),
      ...Array.from({ length: 50 }, (_, n) => span(`other${n}`, `c${n}`, 'entity.person')),
    ]);
    const articles = ['a', 'b', ...Array.from({ length: 50 }, (_, n) => `c${n}`)];
    const matched = matchingAnnotations(
      store,
      articles,
      conditions('label:technique'),
      vocabulary,
      names,
    );
    expect(idsByArticle(matched)).toEqual({ a: ['1', '2', '4'], b: ['5'] });
  });

  it('follows an attribute changed or removed, and only answers for the allowed articles', () => {
    const store = new AnnotationStore();
    store.reset([
      span('1', 'a', 'claim.claim', { verdict: 'false' }),
      span('2', 'b', 'claim.claim', { verdict: 'false' }),
      span('3', 'b', 'claim.claim', { verdict: 'supported' }),
    ]);
    const falseClaims = (articles: string[]) =>
      idsByArticle(
        matchingAnnotations(store, articles, conditions('verdict=false'), vocabulary, names),
      );
    expect(falseClaims(['a', 'b'])).toEqual({ a: ['1'], b: ['2'] });
    expect(falseClaims(['b'])).toEqual({ b: ['2'] });
    store.put(span('2', 'b', 'claim.claim', { verdict: 'supported' }));
    store.remove('1');
    store.put(span('3', 'b', 'claim.claim', { verdict: 'false' }));
    expect(falseClaims(['a', 'b'])).toEqual({ b: ['3'] });
  });
});

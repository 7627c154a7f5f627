import { describe, expect, it } from 'vitest';
import type { Annotation, ArticleId } from '../annotation/types';
import { documentAnnotationOf, spanAnnotationOf } from '../testing/annotation-records';
import { compareArticleRows, mergeArticleRows, patchArticleRows } from './article-rows';
import { listChangeBetween } from './list-changes';

const TEXT = 'Ilham Aliyev a reçu Donald Trump à Washington.';
const article = 'a1' as ArticleId;
const span = (id: string, start: number) => spanAnnotationOf(id, article, TEXT, start, start + 3);
const indexOf = (rows: readonly Annotation[]) => new Map(rows.map((row) => [row.id, row]));

describe('mergeArticleRows', () => {
  it('puts a page in order, keeps rows held in the same version, notes what changed', () => {
    const held = [span('a', 0), span('c', 20), documentAnnotationOf('d', article)];
    const byId = indexOf(held);
    const edited = { ...held[1]!, note: 'vu', modifiedAt: '2026-03-01T00:00:00.000Z' };
    const page = [span('e', 30), { ...held[0]! }, edited, span('b', 10)];
    const merged = mergeArticleRows(held, byId, page);
    expect(merged.map((row) => row.id)).toEqual(['a', 'b', 'c', 'e', 'd']);
    expect(merged[0]).toBe(held[0]);
    expect(merged[2]).toBe(edited);
    expect([...merged].sort(compareArticleRows)).toEqual(merged);
    expect(byId.get(edited.id)).toBe(edited);
    const noted = listChangeBetween(held, merged)!;
    expect(noted.removed).toEqual([held[1]]);
    expect(noted.added.map((row) => row.id)).toEqual(['b', 'c', 'e']);
  });

  it('answers the same list when the page holds nothing new', () => {
    const held = [span('a', 0)];
    expect(mergeArticleRows(held, indexOf(held), [{ ...held[0]! }])).toBe(held);
  });
});

describe('patchArticleRows', () => {
  it('notes the rows it took out and put in', () => {
    const held = [span('a', 0), span('b', 10)];
    const moved = { ...held[0]!, span: { start: 15, end: 18 } };
    const patched = patchArticleRows(
      held,
      indexOf(held),
      article,
      new Map<string, Annotation | undefined>([
        ['a', moved],
        ['b', undefined],
      ]),
    );
    expect(patched).toEqual([moved]);
    expect(listChangeBetween(held, patched)).toEqual({
      removed: [held[0], held[1]],
      added: [moved],
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { ArticleId, AuthorId, CodebookItemId } from '../annotation/types';
import { indexCodebook } from '../codebook/codebook-lookup';
import { loadDefaultCodebook } from '../codebook/default-codebook';
import { spanAnnotationOf } from '../testing/annotation-records';
import { summariseAnnotations } from './annotation-groups';

const codebook = indexCodebook(loadDefaultCodebook());
const TEXT = 'Le ministre Baïramov a parlé de la crise à Bakou.';
const article = 'a1' as ArticleId;
const person = spanAnnotationOf('p', article, TEXT, 12, 20);
const loaded = spanAnnotationOf('l', article, TEXT, 35, 40, {
  itemId: 'technique.loaded-language' as CodebookItemId,
});
const colleague = spanAnnotationOf('c', article, TEXT, 43, 48, {
  author: 'analyst-2' as AuthorId,
});
const rows = [person, loaded, colleague];

describe('summariseAnnotations', () => {
  it('counts labels, lists authors and groups by category in codebook order', () => {
    const summary = summariseAnnotations([loaded, ...rows.filter((r) => r !== loaded)], codebook, {
      itemId: '',
      author: '',
    });
    expect([...summary.counts]).toEqual([
      ['technique.loaded-language', 1],
      ['entity.person', 2],
    ]);
    expect(summary.authors).toEqual(['analyst-1', 'analyst-2']);
    expect(summary.groups.map((g) => [g.rootId, g.rows.map((r) => r.id)])).toEqual([
      ['entity', ['p', 'c']],
      ['technique', ['l']],
    ]);
  });

  it('filters the groups, not the counts, and leaves out a category left empty', () => {
    const summary = summariseAnnotations(rows, codebook, { itemId: '', author: 'analyst-2' });
    expect(summary.counts.get('entity.person')).toBe(2);
    expect(summary.groups.map((g) => [g.rootId, g.rows.map((r) => r.id)])).toEqual([
      ['entity', ['c']],
    ]);
  });
});

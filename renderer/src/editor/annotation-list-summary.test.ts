import { describe, expect, it } from 'vitest';
import type { ArticleId, CodebookItemId, SpanAnnotation } from '../annotation/types';
import { indexCodebook } from '../codebook/codebook-lookup';
import { loadDefaultCodebook } from '../codebook/default-codebook';
import { compareArticleRows } from '../store/article-rows';
import { noteListChange } from '../store/list-changes';
import { spanAnnotationOf } from '../testing/annotation-records';
import { summariseAnnotations } from './annotation-groups';
import { createListSummaryDerivation, filterGroups } from './annotation-list-summary';

const codebook = indexCodebook(loadDefaultCodebook());
const TEXT = 'x'.repeat(1_000);
const article = 'a1' as ArticleId;
const ITEMS = ['entity.person', 'entity.organisation', 'claim', 'technique.loaded-language'];

const row = (n: number, start: number): SpanAnnotation =>
  spanAnnotationOf(`r${n}`, article, TEXT, start, start + 3, {
    itemId: ITEMS[n % ITEMS.length] as CodebookItemId,
  });
const sorted = (rows: SpanAnnotation[]) => [...rows].sort(compareArticleRows);
const NONE = { itemId: '', author: '' };

describe('createListSummaryDerivation', () => {
  it('patches key presses to what summarising afresh gives; other groups stay the same', () => {
    const summarise = createListSummaryDerivation();
    let rows = sorted(Array.from({ length: 40 }, (_, n) => row(n, 10 + n * 20)));
    let shown = summarise(rows, codebook);
    for (let step = 0; step < 20; step++) {
      const added = row(100 + step * 4, 15 + step * 37);
      const removed = rows[5 + step]!;
      const next = sorted([...rows.filter((r) => r !== removed), added]);
      noteListChange(rows, next, [removed], [added]);
      const patched = summarise(next, codebook);
      expect(patched).toEqual(summariseAnnotations(next, codebook, NONE));
      // The tag's category is regrouped; another category untouched keeps its group.
      const untouched = patched.groups.filter(
        (group) => ![added, removed].some((r) => r.itemId.startsWith(group.rootId)),
      );
      for (const group of untouched)
        expect(shown.groups.find((g) => g.rootId === group.rootId)).toBe(group);
      rows = next;
      shown = patched;
    }
  });

  it('summarises afresh when a change would reorder the labels', () => {
    const summarise = createListSummaryDerivation();
    const rows = sorted([row(0, 100), row(1, 200)]);
    summarise(rows, codebook);
    // A person before the first person: "first use" order changes.
    const first = row(4, 10);
    const next = sorted([first, ...rows]);
    noteListChange(rows, next, [], [first]);
    expect(summarise(next, codebook)).toEqual(summariseAnnotations(next, codebook, NONE));
  });
});

describe('filterGroups', () => {
  it('filters rows by label and author and drops the emptied groups', () => {
    const rows = sorted(Array.from({ length: 8 }, (_, n) => row(n, n * 10)));
    const { groups } = summariseAnnotations(rows, codebook, NONE);
    expect(filterGroups(groups, NONE)).toBe(groups);
    const filters = { itemId: 'claim', author: '' };
    expect(filterGroups(groups, filters)).toEqual(
      summariseAnnotations(rows, codebook, filters).groups,
    );
  });
});

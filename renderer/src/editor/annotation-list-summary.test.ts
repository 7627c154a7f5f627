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

  it('reorders the labels when a tag comes before its label’s first row, without a pass over the rows', () => {
    const summarise = createListSummaryDerivation();
    // Organisation first, then person, then a claim (another category).
    const rows = sorted([row(1, 100), row(0, 200), row(2, 300), row(4, 400)]);
    const shown = summarise(rows, codebook);
    expect([...shown.counts.keys()]).toEqual(['entity.organisation', 'entity.person', 'claim']);
    // A person before every row (a tag at the top of a long article): "first use" order changes.
    const first = row(8, 10);
    const next = sorted([first, ...rows]);
    noteListChange(rows, next, [], [first]);
    const patched = summarise(next, codebook);
    expect(patched).toEqual(summariseAnnotations(next, codebook, NONE));
    expect([...patched.counts.keys()]).toEqual(['entity.person', 'entity.organisation', 'claim']);
    // Patched, not derived afresh: the claims' group is the same object.
    const claims = (summary: typeof shown) => summary.groups.find((g) => g.rootId === 'claim');
    expect(claims(patched)).toBe(claims(shown));
  });

  it('summarises afresh when a label is used for the first time', () => {
    const summarise = createListSummaryDerivation();
    const rows = sorted([row(0, 100), row(1, 200)]);
    summarise(rows, codebook);
    const claim = row(2, 10);
    const next = sorted([claim, ...rows]);
    noteListChange(rows, next, [], [claim]);
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

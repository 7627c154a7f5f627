import { describe, expect, it } from 'vitest';
import type { ArticleId, SpanAnnotation } from '../annotation/types';
import { indexCodebook } from '../codebook/codebook-lookup';
import { loadDefaultCodebook } from '../codebook/default-codebook';
import { compareArticleRows } from '../store/article-rows';
import { noteListChange } from '../store/list-changes';
import { spanAnnotationOf } from '../testing/annotation-records';
import type { ColouredSpan } from './span-changes';
import { createSpanOf, spansLayer, takeLayerChanges, type SpanLayer } from './span-layers';

const codebook = indexCodebook(loadDefaultCodebook());
const TEXT = 'x'.repeat(20_000);
const article = 'a1' as ArticleId;
const row = (n: number, start = n * 7) =>
  spanAnnotationOf(`r${n}`, article, TEXT, start, start + 4);

/** A layer of the analyst's rows whose `spanOf` counts the rows it is asked about. */
function countingLayer(rows: readonly SpanAnnotation[], spanOf = createSpanOf(codebook)) {
  const asked = { count: 0 };
  const counted = (r: SpanAnnotation) => {
    asked.count++;
    return spanOf(r);
  };
  return {
    asked,
    layer: (list: readonly SpanAnnotation[]) => ({ key: 'mine', rows: list, spanOf: counted }),
  };
}

describe('takeLayerChanges', () => {
  it('after a key press on a long list, looks at the changed row only', () => {
    const rows = Array.from({ length: 2_000 }, (_, n) => row(n));
    const { asked, layer } = countingLayer(rows);
    const shown = new Map<string, ColouredSpan>();
    const first: SpanLayer[] = [layer(rows)];
    expect(takeLayerChanges(shown, null, first).added).toHaveLength(2_000);

    const added = row(5_000, 301);
    const next = [...rows, added].sort(compareArticleRows);
    noteListChange(rows, next, [], [added]);
    asked.count = 0;
    const changes = takeLayerChanges(shown, first, [layer(next)]);
    expect(changes).toEqual({
      removed: [],
      added: [{ id: 'r5000', start: 301, end: 305, colour: expect.any(String) }],
    });
    expect(asked.count).toBe(1);
    expect(shown.size).toBe(2_001);
  });

  it('follows a relabel (a new row object) as the old span out and the new one in', () => {
    const rows = [row(1), row(2)];
    const { layer } = countingLayer(rows);
    const shown = new Map<string, ColouredSpan>();
    const first = [layer(rows)];
    takeLayerChanges(shown, null, first);
    const relabelled = { ...rows[1]!, itemId: 'claim.claim' as never };
    const next = [rows[0]!, relabelled];
    noteListChange(rows, next, [rows[1]!], [relabelled]);
    const changes = takeLayerChanges(shown, first, [layer(next)]);
    expect(changes.removed.map((s) => s.colour)).not.toEqual(changes.added.map((s) => s.colour));
    expect(changes.added.map((s) => s.id)).toEqual(['r2']);
  });

  it('compares every span when a layer is shown or hidden, or a list carries no note', () => {
    const mine = [row(1), row(2)];
    const { layer } = countingLayer(mine);
    const colleagues = spansLayer('colleagues', [
      { id: 'c1', start: 50, end: 60, colour: '#123456', isColleague: true },
    ]);
    const shown = new Map<string, ColouredSpan>();
    const alone = [layer(mine)];
    takeLayerChanges(shown, null, alone);
    const both = [alone[0]!, colleagues];
    expect(takeLayerChanges(shown, alone, both).added.map((s) => s.id)).toEqual(['c1']);
    expect(takeLayerChanges(shown, both, alone).removed.map((s) => s.id)).toEqual(['c1']);
    // A list that is not a noted version of the last one: compared span by span.
    const copy = [mine[0]!];
    expect(takeLayerChanges(shown, alone, [layer(copy)]).removed.map((s) => s.id)).toEqual(['r2']);
  });
});

describe('createSpanOf', () => {
  it('makes one span per row object, in its label’s colour', () => {
    const spanOf = createSpanOf(codebook);
    const a = row(1);
    expect(spanOf(a)).toBe(spanOf(a));
    expect(spanOf({ ...a })).not.toBe(spanOf(a));
    expect(spanOf(a)).toEqual({
      id: 'r1',
      start: 7,
      end: 11,
      colour: codebook.byId.get('entity.person')!.colour,
    });
  });
});

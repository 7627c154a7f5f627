import { describe, expect, it } from 'vitest';
import type { ArticleId, SpanAnnotation } from '../annotation/types';
import { compareArticleRows } from '../store/article-rows';
import { noteListChange } from '../store/list-changes';
import { documentAnnotationOf, spanAnnotationOf } from '../testing/annotation-records';
import { inReadingOrder } from './annotation-navigation';
import { createReadingOrder } from './reading-order';

const TEXT = 'x'.repeat(50_000);
const article = 'a1' as ArticleId;
/** Spans at a few shared starts, of several lengths: reading order differs from the store's. */
const row = (n: number) => {
  const start = (n * 37) % 900;
  return spanAnnotationOf(`r${n}`, article, TEXT, start, start + 1 + ((n * 13) % 11));
};
const sorted = (rows: SpanAnnotation[]) => [...rows].sort(compareArticleRows);

/** Counts reads of each row's `span` (what ordering compares), once defined per row. */
function countSpanReads(rows: readonly SpanAnnotation[], reads: { count: number }) {
  for (const r of rows) {
    if (Object.getOwnPropertyDescriptor(r, 'span')?.get) continue;
    const span = r.span;
    Object.defineProperty(r, 'span', {
      get: () => {
        reads.count++;
        return span;
      },
      enumerable: true,
      configurable: true,
    });
  }
}

describe('createReadingOrder', () => {
  it('answers the rows in reading order, patched from the notes to what sorting gives', () => {
    const order = createReadingOrder();
    let rows = sorted(Array.from({ length: 200 }, (_, n) => row(n)));
    expect(order(rows)).toEqual(inReadingOrder(rows));
    for (let step = 0; step < 40; step++) {
      const taken = rows[(step * 17) % rows.length]!;
      const put = row(1_000 + step);
      const next = sorted([...rows.filter((r) => r !== taken), put]);
      noteListChange(rows, next, [taken], [put]);
      rows = next;
      // Asked now and then: the notes in between are composed.
      if (step % 3 === 0) expect(order(rows)).toEqual(inReadingOrder(rows));
    }
    expect(order(rows)).toBe(order(rows));
  });

  it('asked again after an addition to a long list, reads a few rows, not every row', () => {
    const order = createReadingOrder();
    const rows = sorted(Array.from({ length: 5_000 }, (_, n) => row(n)));
    order(rows);
    const added = row(9_999);
    const next = sorted([...rows, added]);
    noteListChange(rows, next, [], [added]);
    const reads = { count: 0 };
    countSpanReads(next, reads);
    const ordered = order(next);
    expect(reads.count).toBeLessThan(200);
    expect(ordered).toEqual(inReadingOrder(next));
  });

  it('orders afresh a list whose note names a row it does not hold', () => {
    const order = createReadingOrder();
    const rows = sorted([row(1), row(2)]);
    order(rows);
    const profile = documentAnnotationOf('d', article) as unknown as SpanAnnotation;
    const next = [...rows, profile].filter((r) => r.kind === 'span');
    noteListChange(rows, next, [], [profile]);
    expect(order(next)).toEqual(inReadingOrder(next));
  });
});

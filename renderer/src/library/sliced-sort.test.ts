import { describe, expect, it } from 'vitest';
import { runToEnd, sortInSlices } from './sliced-sort';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const WORDS = [
  'École',
  'Zonguldak',
  'İstanbul',
  'ılık',
  'Etats',
  'États',
  'ankara',
  'Ürgüp',
  'çay',
];

describe('sortInSlices', () => {
  it('sorts 5,000 titles as one collator sort does, in many steps', () => {
    const titles = Array.from(
      { length: 5_000 },
      (_, i) => `${WORDS[(i * 7) % WORDS.length]} ${(i * 7919) % 5_000}`,
    );
    const steps = sortInSlices(titles, collator.compare, 500);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields += 1;
    expect(step.value).toEqual([...titles].sort(collator.compare));
    // 10 runs of 500, then merges: the page gets a turn many times over.
    expect(yields).toBeGreaterThan(10);
  });

  it('keeps equal values in their first order', () => {
    const rows = ['États', 'b', 'Etats', 'a', 'ÉTATS'].map((text, order) => ({ text, order }));
    const sorted = runToEnd(sortInSlices(rows, (x, y) => collator.compare(x.text, y.text), 2));
    expect(sorted.map((row) => row.order)).toEqual([3, 1, 0, 2, 4]);
  });
});

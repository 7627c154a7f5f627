import { describe, it, expect } from 'vitest';
import { buildAgreementTable, type AgreementSelection } from './agreement-table';
import { randomUnits } from './testing/generators';
import { createSeededRandom } from './testing/seeded-random';
import { alphaUExample2, sixDecimals } from './testing/vectors';

const example2: AgreementSelection = {
  annotators: ['A', 'B'],
  documents: [{ id: 'doc-1', length: alphaUExample2.length, units: alphaUExample2.units }],
};

describe('buildAgreementTable', () => {
  it('gives per-label and overall figures with counts for example 2', () => {
    const table = buildAgreementTable(example2);
    expect(table).toMatchObject({ annotators: ['A', 'B'], documentCount: 1, continuumLength: 60 });
    const [x, y, overall] = table.rows;
    expect(x).toMatchObject({ kind: 'label', label: 'X', counts: [1, 2] });
    expect(y).toMatchObject({ kind: 'label', label: 'Y', counts: [1, 1] });
    expect(overall).toMatchObject({ kind: 'overall', counts: [2, 3] });
    expect(sixDecimals(x?.figures.alphaU ?? null)).toBe('0.805417');
    expect(sixDecimals(y?.figures.alphaU ?? null)).toBe('0.791302');
    expect(sixDecimals(overall?.figures.alphaU ?? null)).toBe('0.798083');
    expect(sixDecimals(overall?.figures.exactF1 ?? null)).toBe('0.400000');
    expect(sixDecimals(overall?.figures.overlapF1 ?? null)).toBe('0.800000');
    expect(sixDecimals(overall?.figures.partialF1 ?? null)).toBe('0.673797');
    // Label X: A has [10,20), B has [10,20) and [50,55): exact and overlap P = 1/2, R = 1.
    expect(x?.figures.exactF1).toBeCloseTo(2 / 3, 12);
    expect(y?.figures.exactF1).toBe(0);
  });

  it('keeps documents apart and matches INCEpTION’s concatenation', () => {
    const table = buildAgreementTable({
      annotators: ['A', 'B'],
      documents: [
        { id: 'one', length: 10, units: [{ rater: 'A', category: 'c', start: 5, end: 10 }] },
        { id: 'two', length: 10, units: [{ rater: 'B', category: 'c', start: 0, end: 5 }] },
      ],
    });
    const overall = table.rows.at(-1);
    expect(table.continuumLength).toBe(20);
    expect(overall?.figures.overlapF1).toBe(0);
    expect(overall?.figures.alphaU).toBeLessThan(0);
  });

  it('scores every figure null without a second annotator, keeping the counts', () => {
    const units = alphaUExample2.units.filter((u) => u.rater === 'A');
    const table = buildAgreementTable({
      annotators: ['A'],
      documents: [{ id: 'doc-1', length: 60, units }],
    });
    for (const row of table.rows) {
      expect(Object.values(row.figures)).toEqual([null, null, null, null, null, null]);
    }
    expect(table.rows.map((row) => row.counts)).toEqual([[1], [1], [2]]);
  });

  it('rejects units of annotators outside the selection', () => {
    expect(() => buildAgreementTable({ ...example2, annotators: ['A'] })).toThrow(RangeError);
  });

  it('has only an overall row for an empty selection', () => {
    const table = buildAgreementTable({ annotators: ['A', 'B'], documents: [] });
    expect(table.rows).toEqual([
      {
        kind: 'overall',
        counts: [0, 0],
        figures: {
          alphaU: null,
          observedDisagreement: null,
          expectedDisagreement: null,
          exactF1: 1,
          overlapF1: 1,
          partialF1: 1,
        },
      },
    ]);
  });

  // Its speed is the sets bench's (`agreementSeconds`, target 1 s): timed here, it failed
  // a loaded machine's test run at 1,156 ms while the code took 514 ms on a quieter one.
  it('builds the table of 200 articles x 3 annotators x 50 spans, every span counted', () => {
    const random = createSeededRandom(7);
    const annotators = ['ana', 'ben', 'caro'];
    const labels = ['claim', 'source', 'quote', 'number', 'actor'];
    const documents = Array.from({ length: 200 }, (_, d) => {
      const length = random.int(2000, 6000);
      const units = annotators.flatMap((a) => randomUnits(random, a, 50, length, labels, 80));
      return { id: `article-${d}`, length, units };
    });
    const table = buildAgreementTable({ annotators, documents });
    expect(table.rows).toHaveLength(6);
    expect(table.rows.at(-1)?.counts).toEqual([10000, 10000, 10000]);
  });
});

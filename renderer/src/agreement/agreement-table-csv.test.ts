import { describe, it, expect } from 'vitest';
import { buildAgreementTable } from './agreement-table';
import { agreementTableToCsv } from './agreement-table-csv';
import { alphaUExample2 } from './testing/vectors';

describe('agreementTableToCsv', () => {
  it('writes a header, one record per row and CRLF line ends', () => {
    const table = buildAgreementTable({
      annotators: ['A', 'B'],
      documents: [{ id: 'doc-1', length: 60, units: alphaUExample2.units }],
    });
    expect(agreementTableToCsv(table).split('\r\n')).toEqual([
      'Label,Units (A),Units (B),alpha_U,D_O,D_E,F1 exact,F1 overlap,F1 partial',
      `X,1,2,0.805417,${full(table.rows[0]?.figures.observedDisagreement)},${full(table.rows[0]?.figures.expectedDisagreement)},0.666667,0.666667,0.666667`,
      `Y,1,1,0.791302,${full(table.rows[1]?.figures.observedDisagreement)},${full(table.rows[1]?.figures.expectedDisagreement)},0.000000,1.000000,0.695652`,
      `All labels,2,3,0.798083,${full(table.rows[2]?.figures.observedDisagreement)},${full(table.rows[2]?.figures.expectedDisagreement)},0.400000,0.800000,0.673797`,
      '',
    ]);
  });

  it('neutralises formulas in labels and annotator names, keeping negative figures numeric', () => {
    const table = buildAgreementTable({
      annotators: ['=evil', 'b,c'],
      documents: [
        {
          id: 'doc',
          length: 20,
          units: [
            { rater: '=evil', category: '=cmd|calc', start: 0, end: 5 },
            { rater: 'b,c', category: '=cmd|calc', start: 10, end: 15 },
          ],
        },
      ],
    });
    const [header, first] = agreementTableToCsv(table, { decimals: 3, overallLabel: '-all' }).split(
      '\r\n',
    );
    expect(header).toBe(
      'Label,Units (=evil),"Units (b,c)",alpha_U,D_O,D_E,F1 exact,F1 overlap,F1 partial',
    );
    expect(first).toMatch(/^'=cmd\|calc,1,1,-\d\.\d{3},/);
    expect(agreementTableToCsv(table, { overallLabel: '-all' })).toContain("\r\n'-all,1,1,-");
  });

  it('writes D_O and D_E of a long continuum at full precision, not as 0.000000', () => {
    // A real selection: 40 articles of 5,000 characters; D_O and D_E divide by L squared.
    const documents = Array.from({ length: 40 }, (_, i) => ({
      id: `doc-${i}`,
      length: 5000,
      units: [
        { rater: 'A', category: 'X', start: 100, end: 180 },
        { rater: 'B', category: 'X', start: 101, end: 180 },
        { rater: 'A', category: 'X', start: 900 + (i % 3), end: 960 },
        { rater: 'B', category: 'X', start: 900, end: 961 },
      ],
    }));
    const table = buildAgreementTable({ annotators: ['A', 'B'], documents });
    const figures = table.rows[0]!.figures;
    expect(figures.observedDisagreement).toBeGreaterThan(0);
    expect(figures.observedDisagreement!.toFixed(6)).toBe('0.000000');
    const cells = agreementTableToCsv(table).split('\r\n')[1]!.split(',');
    const [observed, expected] = [cells[4]!, cells[5]!];
    expect(observed).not.toMatch(/^0\.0+$/);
    // The cells read back as exactly the computed numbers (shortest round-trip form).
    expect(Number(observed)).toBe(figures.observedDisagreement);
    expect(Number(expected)).toBe(figures.expectedDisagreement);
  });

  it('sorts the label rows by name as the locale collates them, overall row last', () => {
    const units = ['Zone', 'apple', 'Économie', 'Bravo', 'Label 10', 'Label 9'].map(
      (category, i) => ({ rater: i % 2 ? 'B' : 'A', category, start: i * 10, end: i * 10 + 5 }),
    );
    const table = buildAgreementTable({
      annotators: ['A', 'B'],
      documents: [{ id: 'doc', length: 100, units }],
    });
    const labels = agreementTableToCsv(table, { locale: 'en' })
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',')[0]);
    expect(labels).toEqual([
      'apple',
      'Bravo',
      'Économie',
      'Label 9',
      'Label 10',
      'Zone',
      'All labels',
    ]);
  });

  it('leaves undefined figures empty', () => {
    const table = buildAgreementTable({ annotators: ['solo'], documents: [] });
    expect(agreementTableToCsv(table)).toBe(
      'Label,Units (solo),alpha_U,D_O,D_E,F1 exact,F1 overlap,F1 partial\r\nAll labels,0,,,,,,\r\n',
    );
  });
});

function full(value: number | null | undefined): string {
  return String(value);
}

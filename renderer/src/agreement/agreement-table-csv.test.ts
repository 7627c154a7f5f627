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
      `X,1,2,0.805417,${fixed(table.rows[0]?.figures.observedDisagreement)},${fixed(table.rows[0]?.figures.expectedDisagreement)},0.666667,0.666667,0.666667`,
      `Y,1,1,0.791302,${fixed(table.rows[1]?.figures.observedDisagreement)},${fixed(table.rows[1]?.figures.expectedDisagreement)},0.000000,1.000000,0.695652`,
      `All labels,2,3,0.798083,${fixed(table.rows[2]?.figures.observedDisagreement)},${fixed(table.rows[2]?.figures.expectedDisagreement)},0.400000,0.800000,0.673797`,
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

  it('leaves undefined figures empty', () => {
    const table = buildAgreementTable({ annotators: ['solo'], documents: [] });
    expect(agreementTableToCsv(table)).toBe(
      'Label,Units (solo),alpha_U,D_O,D_E,F1 exact,F1 overlap,F1 partial\r\nAll labels,0,,,,,,\r\n',
    );
  });
});

function fixed(value: number | null | undefined): string {
  return (value ?? NaN).toFixed(6);
}

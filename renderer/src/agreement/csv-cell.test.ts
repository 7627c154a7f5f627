import { describe, it, expect } from 'vitest';
import { csvNumberCell, csvRecord, csvTextCell } from './csv-cell';

describe('csvTextCell', () => {
  it('leaves plain text alone', () => {
    expect(csvTextCell('claim')).toBe('claim');
    expect(csvTextCell('')).toBe('');
  });

  it('quotes separators, quotes, line breaks and edge spaces', () => {
    expect(csvTextCell('a,b')).toBe('"a,b"');
    expect(csvTextCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvTextCell('two\nlines')).toBe('"two\nlines"');
    expect(csvTextCell(' padded')).toBe('" padded"');
  });

  it('neutralises spreadsheet formulas', () => {
    expect(csvTextCell('=1+1')).toBe("'=1+1");
    expect(csvTextCell('+cmd')).toBe("'+cmd");
    expect(csvTextCell('-2+3')).toBe("'-2+3");
    expect(csvTextCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvTextCell('\t=x')).toBe("'\t=x");
    expect(csvTextCell('\r=x')).toBe(`"'\r=x"`);
    expect(csvTextCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvTextCell('a=b')).toBe('a=b');
  });
});

describe('csvNumberCell', () => {
  it('formats figures, counts and undefined values', () => {
    expect(csvNumberCell(6 / 11, 6)).toBe('0.545455');
    expect(csvNumberCell(1, 6)).toBe('1.000000');
    expect(csvNumberCell(-0.25, 6)).toBe('-0.250000');
    expect(csvNumberCell(-1e-17, 6)).toBe('0.000000');
    expect(csvNumberCell(42)).toBe('42');
    expect(csvNumberCell(null)).toBe('');
    expect(csvNumberCell(Number.NaN, 6)).toBe('');
  });
});

describe('csvRecord', () => {
  it('joins cells with commas', () => {
    expect(csvRecord(['a', '"b,c"', ''])).toBe('a,"b,c",');
  });
});

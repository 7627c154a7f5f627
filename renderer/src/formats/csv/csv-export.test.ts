import { describe, expect, it } from 'vitest';
import type { AuthorId } from '../../annotation/types';
import { sampleInput, span } from '../shared/testing';
import { exportCsv } from './csv-export';

describe('exportCsv', () => {
  it('starts with a BOM and the header, offsets in code points', () => {
    const { output, lossiness } = exportCsv(sampleInput());
    expect(output.startsWith('\uFEFFarticle,label,quote,prefix,suffix,')).toBe(true);
    const lines = output.slice(1).split('\r\n');
    // The document-level annotation comes first, with empty offsets.
    expect(lines[1]).toBe('Titre,Genre,,,,genre=reporting,,Ana,,');
    expect(lines[2]).toBe(
      'Titre,PERSON,ministre\u0301,"Le 😀 "," a dit : le Kazakhstan est\nun pays libre.",,,Ana,5,14',
    );
    expect(lossiness.dropped).toEqual([{ what: 'attribution links', count: 1 }]);
  });

  it('neutralises formula cells in every text column', () => {
    const hostile = span('h1', '=HYPERLINK("http://x")', 'a dit', {
      attributes: { '+evil': 'x' },
      note: '@SUM(A1)',
      author: '-2' as AuthorId,
      quote: { exact: '=cmd|calc', prefix: '+1', suffix: '-1' },
    });
    const input = { ...sampleInput([hostile]), authorName: (id: AuthorId) => String(id) };
    const row =
      exportCsv(input)
        .output.split('\r\n')
        .find((l) => l.includes('cmd')) ?? '';
    expect(row).toBe(
      `Titre,"'=HYPERLINK(""http://x"")",'=cmd|calc,'+1,'-1,'+evil=x,'@SUM(A1),'-2,15,20`,
    );
  });

  it('quotes notes with line breaks without breaking the row', () => {
    const { output } = exportCsv(sampleInput());
    expect(output).toContain(`"'=cmd|calc\nsecond line"`);
  });
});

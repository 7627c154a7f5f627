import { describe, expect, it } from 'vitest';
import type { AuthorId, EntityId } from '../../annotation/types';
import { sampleInput, span, TEXT_SHA256 } from '../shared/testing';
import { CSV_COLUMNS, exportCsv } from './csv-export';

/** The CSV's records as objects by column (cells as written, quotes and all). */
function rowsOf(csv: string): Record<string, string>[] {
  const [, ...records] = parseCsv(csv.slice(1));
  return records.map((cells) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, cells[i]!])));
}

describe('exportCsv', () => {
  it('starts with a BOM and the header, and writes every annotation', () => {
    const { output, lossiness, written } = exportCsv(sampleInput());
    expect(output.startsWith(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(written).toBe(6);
    expect(rowsOf(output)).toHaveLength(6);
    expect(lossiness.dropped).toEqual([]);
  });

  it('names the annotation, and the article by text hash, file and title', () => {
    const rows = rowsOf(exportCsv(sampleInput()).output);
    // The document-level annotation comes first, with empty offsets and quote.
    expect(rows[0]).toMatchObject({
      annotation_id: 'd1',
      article_sha256: TEXT_SHA256,
      article_file: 'azertac 1.txt',
      article_title: 'Titre',
      label: 'Genre',
      item_id: 'genre',
      start: '',
      quote: '',
      attributes: 'genre=reporting',
    });
    expect(rows[1]).toMatchObject({
      annotation_id: 'a1',
      label: 'PERSON',
      item_id: 'person',
      start: '5',
      end: '14',
      quote: 'ministre\u0301',
    });
  });

  it("writes an entity's name and Wikidata id, and a claim's source and cue", () => {
    const rows = rowsOf(exportCsv(sampleInput()).output);
    expect(rows.find((r) => r.annotation_id === 'a3')).toMatchObject({
      entity: 'Kazakhstan',
      entity_wikidata: 'Q232',
    });
    expect(rows.find((r) => r.annotation_id === 'a4')).toMatchObject({
      source: 'ministre\u0301',
      source_annotation_id: 'a1',
      source_entity_id: '',
      cue: 'a dit',
      cue_annotation_id: 'a2',
    });
    // A registry entity as the source, with no mention in the text: its name and id.
    const byEntity = span('a6', 'claim', 'pays libre', {
      links: { sourceEntityId: 'e1' as EntityId },
    });
    const row = rowsOf(exportCsv(sampleInput([byEntity])).output).find(
      (r) => r.annotation_id === 'a6',
    );
    expect(row).toMatchObject({
      source: 'Kazakhstan',
      source_annotation_id: '',
      source_entity_id: 'e1',
    });
  });

  it('neutralises formula cells in every text column', () => {
    const hostile = span('=h1', '=HYPERLINK("http://x")', 'a dit', {
      attributes: { '+evil': 'x' },
      note: '@SUM(A1)',
      author: '-2' as AuthorId,
      quote: { exact: '=cmd|calc', prefix: '+1', suffix: '-1' },
      links: { sourceId: '@a1' as never, cueId: '-a2' as never },
    });
    const input = { ...sampleInput([hostile]), authorName: (id: AuthorId) => String(id) };
    input.articles[0]!.sourceName = '=file.txt';
    input.articles[0]!.title = '+Titre';
    const row = rowsOf(exportCsv(input).output).find((r) => r.annotation_id === "'=h1")!;
    expect(row).toMatchObject({
      article_file: "'=file.txt",
      article_title: "'+Titre",
      label: `"'=HYPERLINK(""http://x"")"`,
      item_id: `"'=HYPERLINK(""http://x"")"`,
      quote: "'=cmd|calc",
      prefix: "'+1",
      suffix: "'-1",
      source_annotation_id: "'@a1",
      cue_annotation_id: "'-a2",
      attributes: "'+evil=x",
      note: "'@SUM(A1)",
      author: "'-2",
    });
  });

  it('quotes notes with line breaks without breaking the row', () => {
    const { output } = exportCsv(sampleInput());
    expect(output).toContain(`"'=cmd|calc\nsecond line"`);
    expect(rowsOf(output).every((r) => Object.keys(r).length === CSV_COLUMNS.length)).toBe(true);
  });
});

/** RFC 4180 records of `csv` (CRLF between records, quoted cells kept as written). */
function parseCsv(csv: string): string[][] {
  const records: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let isQuoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (isQuoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '""';
        i++;
      } else {
        if (c === '"') isQuoted = false;
        cell += c;
      }
    } else if (c === '"') {
      isQuoted = true;
      cell += c;
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      records.push([...cells, cell]);
      cells = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return records;
}

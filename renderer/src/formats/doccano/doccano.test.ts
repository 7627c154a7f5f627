import { describe, expect, it } from 'vitest';
import { importedDrafts } from '../shared/import-result';
import type { AuthorId } from '../../annotation/types';
import { MERGED_AUTHORS } from '../shared/export-input';
import { sampleInput, span, TEXT } from '../shared/testing';
import { exportDoccano } from './doccano-export';
import { importDoccano } from './doccano-import';

const quotes = (jsonl: string): string[] =>
  importedDrafts(importDoccano(jsonl)).map((d) => TEXT.slice(d.span.start, d.span.end));

describe('doccano', () => {
  it('round-trips the entities form with relations, in code points', () => {
    const { output, lossiness, written } = exportDoccano(sampleInput());
    const record = JSON.parse(output);
    expect(record.entities[0]).toEqual({ id: 1, start_offset: 5, end_offset: 14, label: 'PERSON' });
    expect(record.relations).toHaveLength(2);
    // Five spans written; the relations are links between them, not annotations.
    expect(written).toBe(5);
    expect(quotes(output)).toContain('le Kazakhstan est\nun pays libre');
    const claim = importedDrafts(importDoccano(output))[2];
    expect(claim?.links).toEqual({ source: '1', cue: '2' });
    expect(lossiness.dropped).toEqual([
      { what: 'document-level annotations', count: 1 },
      { what: 'attributes', count: 1 },
      { what: 'notes', count: 1 },
      { what: 'entity links', count: 1 },
    ]);
  });

  it('round-trips the plain label form and reports dropped relations', () => {
    const { output, lossiness } = exportDoccano(sampleInput(), 'label');
    expect(JSON.parse(output).label[1]).toEqual([15, 20, 'Cue']);
    expect(quotes(output)).toEqual([
      'ministre\u0301',
      'a dit',
      'le Kazakhstan est\nun pays libre',
      'Kazakhstan',
      'libre',
    ]);
    expect(lossiness.dropped).toContainEqual({ what: 'relations', count: 2 });
  });

  it('says when several analysts are merged into one file', () => {
    const other = span('b1', 'gpe', 'pays', { author: 'u2' as AuthorId });
    const { lossiness } = exportDoccano(sampleInput([other]));
    expect(lossiness.dropped).toContainEqual({ what: MERGED_AUTHORS, count: 6 });
  });

  it('keeps going past hostile lines and spans', () => {
    const jsonl = [
      '{"text": "abc", "label": [[0, 2, "X"], [2, 1, "X"], [0, 4, "X"], [0, 1e308, "X"], "junk", [0, 1, 7]]}',
      'not json',
      '[1,2]',
      '{"text": "😀b", "entities": [{"id": 1, "start_offset": 1, "end_offset": 2, "label": "Y"}], "relations": [{"from_id": 1, "to_id": 9, "type": "source"}]}',
    ].join('\n');
    const result = importDoccano(jsonl);
    expect(importedDrafts(result).map((d) => d.span)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 3 },
    ]);
    expect(result.items.filter((i) => i.kind === 'error')).toHaveLength(8);
  });
});

import { describe, expect, it } from 'vitest';
import type { ArticleId, CodebookItemId } from '../../annotation/types';
import type { ExportInput } from '../shared/export-input';
import { sampleInput, span } from '../shared/testing';
import { exportConll } from './conll-export';
import { tokenizeSentences } from './tokenize';

describe('tokenizeSentences', () => {
  it('splits words, punctuation, numbers and sentences', () => {
    const s = tokenizeSentences("L'Arménie a reçu 3,5 millions. Vraiment ?\n\nFin");
    expect(s.map((t) => t.map((x) => x.text))).toEqual([
      ['L', "'", 'Arménie', 'a', 'reçu', '3,5', 'millions', '.'],
      ['Vraiment', '?'],
      ['Fin'],
    ]);
  });
});

describe('exportConll', () => {
  it('tags a French sentence in IOB2 and reports what it dropped', () => {
    const { output, lossiness, written } = exportConll(sampleInput());
    expect(output).toBe(
      [
        '-DOCSTART-\tO',
        '',
        'Le\tO',
        '😀\tO',
        'ministre\u0301\tB-PER',
        'a\tO',
        'dit\tO',
        ':\tO',
        'le\tO',
        'Kazakhstan\tB-LOC',
        'est\tO',
        'un\tO',
        'pays\tO',
        'libre\tO',
        '.\tO',
        '',
        '',
      ].join('\n'),
    );
    expect(lossiness.dropped).toEqual([
      { what: 'document-level annotations', count: 1 },
      { what: 'non-entity labels', count: 3 },
    ]);
    // The person and the place: the claim, cue and technique have no entity type.
    expect(written).toBe(2);
  });

  it('drops overlapping spans and says so, with all labels as types', () => {
    const input: ExportInput = {
      ...sampleInput(),
      annotations: [
        span('b1', 'org', 'le Kazakhstan est'),
        span('b2', 'gpe', 'Kazakhstan'),
        { ...span('b3', 'gpe', 'pays'), articleId: 'elsewhere' as ArticleId },
      ],
      labelOf: (item: CodebookItemId) => ({ label: item === 'org' ? 'Big org' : 'GPE' }),
    };
    const { output, lossiness, written } = exportConll(input, 'label');
    expect(output).toContain('le\tB-Big_org\nKazakhstan\tI-Big_org\nest\tI-Big_org\n');
    expect(lossiness.dropped).toEqual([{ what: 'overlapping spans', count: 1 }]);
    expect(written).toBe(1);
  });
});

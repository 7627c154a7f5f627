import { describe, expect, it } from 'vitest';
import type { ExportOutput } from './export-formats';
import { annotationCountText, exportSummary, nothingWrittenText } from './export-summary';

function output(
  annotationCount: number,
  selectedCount: number,
  dropped: ExportOutput['lossiness']['dropped'] = [],
): ExportOutput {
  const lossiness = { dropped };
  return {
    fileName: 'f',
    mimeType: 'text/plain',
    content: '',
    notes: [],
    lossiness,
    annotationCount,
    selectedCount,
  };
}

describe('exportSummary', () => {
  it('says how many were written of how many chosen, and what was dropped', () => {
    const conll = output(0, 6128, [{ what: 'non-entity labels', count: 6128 }]);
    expect(exportSummary(conll, 'CoNLL IOB2')).toBe(
      'Exported 0 of 6,128 annotations; dropped 6,128 non-entity labels (CoNLL IOB2).',
    );
  });

  it('speaks of one in the singular', () => {
    const one = output(1, 2, [
      { what: 'document-level annotations', count: 1 },
      { what: 'overlapping spans', count: 3 },
    ]);
    expect(exportSummary(one, 'CoNLL')).toBe(
      'Exported 1 of 2 annotations; dropped 1 document-level annotation, 3 overlapping spans (CoNLL).',
    );
    expect(exportSummary(output(1, 1), 'brat')).toBe(
      'Exported 1 annotation (brat); nothing dropped.',
    );
    expect(annotationCountText(output(0, 1))).toBe('0 of 1 annotation');
  });
});

describe('nothingWrittenText', () => {
  it('warns before saving when the format can write none of the chosen annotations', () => {
    const conll = output(0, 6128, [{ what: 'non-entity labels', count: 6128 }]);
    expect(nothingWrittenText(conll)).toBe(
      'None of the 6,128 annotations fits this format: the file will hold the articles alone; dropped 6,128 non-entity labels.',
    );
    expect(nothingWrittenText(output(0, 1, [{ what: 'non-entity labels', count: 1 }]))).toBe(
      'The one annotation does not fit this format: the file will hold the articles alone; dropped 1 non-entity label.',
    );
    expect(nothingWrittenText(output(1, 6128))).toBeUndefined();
    expect(nothingWrittenText(output(0, 0))).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import type { AgreementRow } from './agreement-table';
import { sortLabelRows } from './label-row-order';

const figures = {
  alphaU: null,
  observedDisagreement: null,
  expectedDisagreement: null,
  exactF1: null,
  overlapF1: null,
  partialF1: null,
};
const row = (label: string): AgreementRow => ({ kind: 'label', label, counts: [], figures });
const overall: AgreementRow = { kind: 'overall', counts: [], figures };

describe('sortLabelRows', () => {
  it('orders label rows by the names analysts read, not by item id', () => {
    const names: Record<string, string> = {
      'technique.loaded-language': 'Loaded language',
      'entity.person': 'Person',
      'frame.economic': 'Économie',
    };
    const sorted = sortLabelRows(
      [row('entity.person'), row('frame.economic'), overall, row('technique.loaded-language')],
      (id) => names[id] ?? id,
      'fr',
    );
    expect(sorted.map((r) => (r.kind === 'label' ? r.label : '*'))).toEqual([
      'frame.economic',
      'technique.loaded-language',
      'entity.person',
      '*',
    ]);
  });

  it('breaks ties between names equal under collation by code unit, so the order is total', () => {
    const sorted = sortLabelRows([row('b'), row('a'), row('A')], () => 'same', 'en');
    expect(sorted.map((r) => (r.kind === 'label' ? r.label : '*'))).toEqual(['A', 'a', 'b']);
  });
});

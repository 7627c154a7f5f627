import { describe, expect, it } from 'vitest';
import { pickToQuery } from './stats-query';

const none = { outlet: '', language: '' };

describe('what a click on a chart searches for', () => {
  it('a bar searches its label, a cell its label and column, within the selection', () => {
    expect(pickToQuery({ row: 'claim.claim' }, 'label', none)).toBe('label:"claim.claim"');
    expect(pickToQuery({ row: 'claim.claim', column: 'Le "Monde"' }, 'outlet', none)).toBe(
      'label:"claim.claim" outlet:"Le \\"Monde\\""',
    );
    expect(
      pickToQuery({ row: 'frame.economic', column: '2025-03' }, 'month', {
        outlet: 'AZERTAC',
        language: 'fr',
      }),
    ).toBe('label:"frame.economic" date:"2025-03" outlet:"AZERTAC" lang:"fr"');
  });

  it('a pair searches both labels; an unknown column adds no term', () => {
    expect(pickToQuery({ row: 'a\tb' }, 'pair', none)).toBe('label:"a" label:"b"');
    expect(pickToQuery({ row: 'x', column: 'Unknown' }, 'role', none)).toBe('label:"x"');
  });
});

import { describe, expect, it } from 'vitest';
import { indexCodebook } from '../codebook/codebook-lookup';
import { testCodebook, testItem } from '../codebook/test-codebook';
import { categoryFor, externalLabelSummary, parentChoices, visibleTreeRows } from './tree-rows';

const index = indexCodebook(testCodebook());

describe('visibleTreeRows', () => {
  it('lists items depth first with levels and sibling positions, retired included', () => {
    const rows = visibleTreeRows(index);
    expect(rows.map((row) => [row.item.id, row.level, row.posInSet, row.setSize])).toEqual([
      ['technique', 1, 1, 2],
      ['technique.wording', 2, 1, 2],
      ['technique.loaded', 3, 1, 1],
      ['technique.old', 2, 2, 2],
      ['entity', 1, 2, 2],
      ['entity.person', 2, 1, 1],
    ]);
  });

  it('leaves out the children of collapsed items', () => {
    const rows = visibleTreeRows(index, new Set(['technique']));
    expect(rows.map((row) => row.item.id)).toEqual(['technique', 'entity', 'entity.person']);
    expect(rows[0]).toMatchObject({ hasChildren: true, isExpanded: false });
  });
});

describe('categoryFor', () => {
  it('adds under a category, and next to a leaf', () => {
    expect(categoryFor(index, index.byId.get('technique.wording'))).toBe('technique.wording');
    expect(categoryFor(index, index.byId.get('entity.person'))).toBe('entity');
    expect(categoryFor(index, index.byId.get('entity'))).toBe('entity');
  });
});

describe('parentChoices and externalLabelSummary', () => {
  it('offers the top level and every item, marking retired ones', () => {
    const choices = parentChoices(index);
    expect(choices[0]).toEqual({ value: '', label: 'Top level (a new category)' });
    expect(choices).toHaveLength(7);
    expect(choices.find((choice) => choice.value === 'technique.old')?.label).toMatch(/retired/);
  });

  it('names known schemes briefly', () => {
    expect(externalLabelSummary(index.byId.get('entity.person')!)).toBe(
      'CoNLL PER · OntoNotes PERSON',
    );
  });

  it('shows a scheme a codebook file names after an Object member as it is', () => {
    const item = testItem('x', {
      externalLabels: JSON.parse('{"constructor": "A", "toString": "B", "hasOwnProperty": "C"}'),
    });
    expect(externalLabelSummary(item)).toBe('constructor A · toString B · hasOwnProperty C');
  });
});

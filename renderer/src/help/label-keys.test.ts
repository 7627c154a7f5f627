import { describe, expect, it } from 'vitest';
import { indexCodebook, resolveKeySequence } from '../codebook/codebook-lookup';
import { loadDefaultCodebook } from '../codebook/default-codebook';
import { allLabelKeys, categoryKeys, keyStrokesOf } from './label-keys';

describe('label keys of the default codebook', () => {
  const index = indexCodebook(loadDefaultCodebook());

  it('names the strokes of a person: e then p', () => {
    const person = index.codebook.items.find((item) => item.label === 'Person')!;
    expect(keyStrokesOf(index, person.id)).toEqual(['e', 'p']);
  });

  it('lists under a category exactly the items its keys reach', () => {
    for (const { category, labels } of allLabelKeys(index)) {
      expect(labels).toEqual(categoryKeys(index, category.id));
      for (const { item, strokes } of labels) {
        const resolved = resolveKeySequence(index, strokes);
        expect(resolved.kind === 'item' && resolved.item.id).toBe(item.id);
      }
    }
  });
});

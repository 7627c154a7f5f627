import { describe, expect, it } from 'vitest';
import {
  ancestry,
  childrenOf,
  externalLabelOf,
  getItem,
  indexCodebook,
  isUsable,
  pathLabel,
  resolveKeySequence,
} from './codebook-lookup';
import { itemId, testCodebook, testItem } from './test-codebook';

const index = indexCodebook(testCodebook());

describe('codebook lookup', () => {
  it('finds items by id, retired ones included', () => {
    expect(getItem(index, 'technique.old')?.label).toBe('Old technique');
    expect(getItem(index, 'nothing')).toBeUndefined();
    expect(isUsable(index, 'technique.old')).toBe(false);
    expect(isUsable(index, 'technique.loaded')).toBe(true);
  });

  it('lists children in order, hiding retired ones unless asked', () => {
    expect(childrenOf(index, undefined).map((item) => item.id)).toEqual(['technique', 'entity']);
    expect(childrenOf(index, itemId('technique')).map((item) => item.id)).toEqual([
      'technique.wording',
    ]);
    expect(childrenOf(index, itemId('technique'), true)).toHaveLength(2);
  });

  it('builds path labels', () => {
    expect(pathLabel(index, 'technique.loaded')).toBe('Persuasion techniques › Loaded language');
    expect(pathLabel(index, 'technique.loaded', true)).toBe(
      'Persuasion techniques › Manipulative wording › Loaded language',
    );
    expect(pathLabel(index, 'entity')).toBe('Entities');
    expect(ancestry(index, 'nothing')).toEqual([]);
  });

  it('resolves two-stroke shortcuts', () => {
    const loaded = resolveKeySequence(index, ['t', 'L']);
    expect(loaded.kind === 'item' && loaded.item.id).toBe('technique.loaded');
    expect(resolveKeySequence(index, ['t']).kind).toBe('category');
    const group = resolveKeySequence(index, ['t', '1']);
    expect(group.kind === 'item' && group.item.id).toBe('technique.wording');
    expect(resolveKeySequence(index, ['t', 'o']).kind).toBe('none');
    expect(resolveKeySequence(index, ['e', 'l']).kind).toBe('none');
    expect(resolveKeySequence(index, ['t', 'l', 'x']).kind).toBe('none');
    expect(resolveKeySequence(index, []).kind).toBe('none');
  });

  it('resolves a category without keyed items in one stroke', () => {
    const lone = indexCodebook({
      ...testCodebook(),
      items: [
        testItem('claim', { key: 'c' }),
        testItem('claim.claim', { parentId: itemId('claim') }),
      ],
    });
    expect(resolveKeySequence(lone, ['c']).kind).toBe('item');
  });

  it('inherits external labels from the nearest ancestor', () => {
    expect(externalLabelOf(index, 'technique.loaded', 'ptc2020')).toBe('Loaded_Language');
    expect(externalLabelOf(index, 'entity.person', 'conll')).toBe('PER');
    expect(externalLabelOf(index, 'entity', 'conll')).toBeUndefined();
  });
});

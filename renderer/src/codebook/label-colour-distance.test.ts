import { describe, expect, it } from 'vitest';
import { indexCodebook } from './codebook-lookup';
import { loadDefaultCodebook } from './default-codebook';
import {
  coOccurringLabels,
  confusableLabels,
  MIN_LABEL_COLOUR_DIFFERENCE,
} from './label-colour-distance';
import { itemId, testItem } from './test-codebook';

describe('confusableLabels', () => {
  it('compares the usable span leaves of one category only', () => {
    const index = indexCodebook({
      id: 'c',
      name: 'C',
      version: 1,
      items: [
        testItem('t', { colour: '#c155ec' }),
        testItem('t.group', { parentId: itemId('t'), colour: '#c155ec' }),
        testItem('t.group.loaded', { parentId: itemId('t.group'), colour: '#c155ec' }),
        testItem('t.group.exaggeration', { parentId: itemId('t.group'), colour: '#e936c4' }),
        testItem('t.old', { parentId: itemId('t'), colour: '#c155ec', retired: true }),
        testItem('t.profile', { parentId: itemId('t'), colour: '#c155ec', scope: 'document' }),
        testItem('e', { colour: '#c155ec' }),
        testItem('e.person', { parentId: itemId('e'), colour: '#c155ec' }),
      ],
    });
    expect([...coOccurringLabels(index)].map(([root, items]) => [root, items.length])).toEqual([
      ['t', 2],
      ['e', 1],
    ]);
    const pairs = confusableLabels(index);
    expect(pairs.map((p) => [p.a.id, p.b.id])).toEqual([
      ['t.group.loaded', 't.group.exaggeration'],
    ]);
    expect(pairs[0]!.difference).toBeCloseTo(10.4, 0);
  });
});

describe('the default palette', () => {
  const index = indexCodebook(loadDefaultCodebook());

  it('keeps every two labels that can mark the same text at least ΔE00 15 apart', () => {
    const close = confusableLabels(index).map(
      (p) => `${p.a.label} ${p.a.colour} / ${p.b.label} ${p.b.colour}: ${p.difference.toFixed(1)}`,
    );
    expect(close).toEqual([]);
  });

  it('tells Loaded language, Name calling and Exaggeration apart', () => {
    const wanted = [
      'technique.loaded-language',
      'technique.name-calling',
      'technique.exaggeration-minimisation',
    ];
    const techniques = coOccurringLabels(index).get('technique') ?? [];
    expect(techniques.filter((item) => wanted.includes(item.id))).toHaveLength(3);
    const among = confusableLabels(index, Infinity).filter(
      (p) => wanted.includes(p.a.id) && wanted.includes(p.b.id),
    );
    expect(among).toHaveLength(3);
    expect(among.every((p) => p.difference >= MIN_LABEL_COLOUR_DIFFERENCE)).toBe(true);
  });
});

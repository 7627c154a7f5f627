import { describe, expect, it } from 'vitest';
import { indexCodebook } from './codebook-lookup';
import { loadDefaultCodebook } from './default-codebook';
import { paletteItems } from './palette-search';

const index = indexCodebook(loadDefaultCodebook());
const ids = (query: string, scope?: 'span' | 'document') =>
  paletteItems(index, query, scope ? { scope } : {}).map((entry) => entry.item.id);

describe('paletteItems', () => {
  it('lists every usable item for an empty query, with path labels', () => {
    const entries = paletteItems(index, '');
    expect(entries).toHaveLength(index.codebook.items.length);
    const loaded = entries.find((entry) => entry.item.id === 'technique.loaded-language');
    expect(loaded?.path).toBe('Persuasion techniques › Loaded language');
  });

  it('ranks label prefixes first, then word prefixes and substrings', () => {
    expect(ids('loaded')[0]).toBe('technique.loaded-language');
    expect(ids('Lang')[0]).toBe('technique.loaded-language');
    expect(ids('herring')).toContain('technique.red-herring');
    expect(ids('oversimpl').slice(0, 2)).toEqual([
      'technique.causal-oversimplification',
      'technique.consequential-oversimplification',
    ]);
  });

  it('matches external labels, initials and accents loosely', () => {
    expect(ids('Name_Calling')[0]).toBe('technique.name-calling');
    expect(ids('black-and-white')).toContain('technique.false-dilemma');
    expect(ids('GPE')[0]).toBe('entity.gpe');
    expect(ids('ll')).toContain('technique.loaded-language');
    expect(ids('défense')).toContain('frame.security');
    expect(ids('zzzz')).toEqual([]);
  });

  it('leaves out retired items, items under them, and items of the other scope', () => {
    const retired = indexCodebook({
      ...index.codebook,
      items: index.codebook.items.map((item) =>
        item.id === 'technique.call' ? { ...item, retired: true } : item,
      ),
    });
    const found = paletteItems(retired, 'slogan').map((entry) => entry.item.id);
    expect(found).not.toContain('technique.slogans');
    expect(ids('profile', 'span')).toEqual([]);
    expect(ids('profile', 'document')).toContain('document.profile');
    expect(ids('economic', 'document')).toContain('frame.economic');
  });
});

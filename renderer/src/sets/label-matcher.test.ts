import { describe, expect, it } from 'vitest';
import { isUsable, indexCodebook } from '../codebook/codebook-lookup';
import { loadDefaultCodebook } from '../codebook/default-codebook';
import { testCodebook, testItem, itemId } from '../codebook/test-codebook';
import { bratName } from '../formats/brat/brat-names';
import { PTC_TO_SEMEVAL2023 } from '../formats/semeval/ptc-labels';
import { labelMatcher } from './label-matcher';

const codebook = loadDefaultCodebook();
const match = labelMatcher(codebook);
const index = indexCodebook(codebook);
const labelled = codebook.items.filter((item) => isUsable(index, item.id));

describe('labelMatcher on the default codebook', () => {
  it('maps the brat type an export wrote back to its item (the PTC round trip that lost 1,997 labels)', () => {
    expect(match('Name_calling_or_labelling')).toBe('technique.name-calling');
    expect(match('Exaggeration_or_minimisation')).toBe('technique.exaggeration-minimisation');
    expect(match('Obfuscation_vagueness_or_confusion')).toBe('technique.obfuscation');
    for (const item of labelled) expect(match(bratName(item.label)), item.label).toBe(item.id);
  });

  it("maps each format's spelling back: display label, CoNLL label mode, every scheme's strings", () => {
    for (const item of labelled) {
      // doccano, Label Studio and CSV write the label; "Claim" is the item, not the category `claim`.
      expect(match(item.label), item.label).toBe(item.id);
      expect(match(item.label.replace(/\s+/g, '_')), item.label).toBe(item.id);
      const { semeval2023, ptc2020 } = item.externalLabels;
      if (semeval2023) expect(match(semeval2023), semeval2023).toBe(item.id);
      if (ptc2020) expect(match(ptc2020), ptc2020).toBe(item.id);
    }
    for (const [ptc, semeval] of PTC_TO_SEMEVAL2023) expect(match(semeval), ptc).toBeDefined();
    expect(match('PER')).toBe('entity.person');
    // CoNLL-2003 merges three items into LOC: the first, as imports always gave it.
    expect(match('LOC')).toBe('entity.gpe');
  });
});

describe('labelMatcher tiers', () => {
  it('matches loose spellings an item alone has, never one two items share', () => {
    const book = testCodebook();
    const withTwin = {
      ...book,
      items: [
        ...book.items,
        testItem('twin', { label: 'loaded-language', parentId: itemId('technique') }),
      ],
    };
    const m = labelMatcher(withTwin);
    expect(m('Loaded language')).toBe('technique.loaded');
    expect(m('loaded-language')).toBe('twin');
    expect(m('manipulative_wording')).toBe('technique.wording');
    // Loosely, "Loaded Language!" is both: neither is guessed, the mapping step asks.
    expect(m('Loaded Language!')).toBeUndefined();
    expect(m('Propaganda')).toBeUndefined();
    expect(m('constructor')).toBeUndefined();
    expect(m('__proto__')).toBeUndefined();
  });
});

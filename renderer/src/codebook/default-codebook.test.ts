import { describe, expect, it } from 'vitest';
import { childrenOf, indexCodebook, resolveKeySequence } from './codebook-lookup';
import {
  MIN_TEXT_CONTRAST,
  MIN_UNDERLINE_CONTRAST,
  colourDifference,
  parseHexColour,
  tintTextContrast,
  underlineContrast,
} from './colour-contrast';
import type { CodebookItemId } from './codebook-types';
import { DEFAULT_CODEBOOK_ID, loadDefaultCodebook } from './default-codebook';

const codebook = loadDefaultCodebook();
const index = indexCodebook(codebook);
const id = (value: string) => value as CodebookItemId;
const labelsOf = (scheme: string) =>
  codebook.items.flatMap((item) => item.externalLabels[scheme] ?? []);

const TECHNIQUES: Record<string, string[]> = {
  'attack-on-reputation': [
    'Name_Calling-Labeling',
    'Guilt_by_Association',
    'Doubt',
    'Appeal_to_Hypocrisy',
    'Questioning_the_Reputation',
  ],
  justification: [
    'Flag_Waving',
    'Appeal_to_Authority',
    'Appeal_to_Popularity',
    'Appeal_to_Values',
    'Appeal_to_Fear-Prejudice',
  ],
  simplification: [
    'Causal_Oversimplification',
    'False_Dilemma-No_Choice',
    'Consequential_Oversimplification',
  ],
  distraction: ['Straw_Man', 'Red_Herring', 'Whataboutism'],
  call: ['Slogans', 'Conversation_Killer', 'Appeal_to_Time'],
  'manipulative-wording': [
    'Loaded_Language',
    'Obfuscation-Vagueness-Confusion',
    'Exaggeration-Minimisation',
    'Repetition',
  ],
};

const FRAMES = [
  'Economic',
  'Capacity_and_resources',
  'Morality',
  'Fairness_and_equality',
  'Legality_Constitutionality_and_jurisprudence',
  'Policy_prescription_and_evaluation',
  'Crime_and_punishment',
  'Security_and_defense',
  'Health_and_safety',
  'Quality_of_life',
  'Cultural_identity',
  'Public_opinion',
  'Political',
  'External_regulation_and_reputation',
];

const PTC = [
  'Loaded_Language',
  'Name_Calling,Labeling',
  'Repetition',
  'Doubt',
  'Exaggeration,Minimisation',
  'Appeal_to_fear-prejudice',
  'Flag-Waving',
  'Causal_Oversimplification',
  'Appeal_to_Authority',
  'Slogans',
  'Whataboutism,Straw_Men,Red_Herring',
  'Black-and-White_Fallacy',
  'Thought-terminating_Cliches',
  'Bandwagon,Reductio_ad_hitlerum',
];

describe('default codebook', () => {
  it('parses through the schema', () => {
    expect(codebook.id).toBe(DEFAULT_CODEBOOK_ID);
    expect(codebook.version).toBeGreaterThanOrEqual(1);
    expect(codebook.items.every((item) => !item.retired && item.description !== '')).toBe(true);
  });

  it('has the 23 SemEval-2023 techniques in their 6 groups, exact strings', () => {
    for (const [group, techniques] of Object.entries(TECHNIQUES)) {
      const children = childrenOf(index, id(`technique.${group}`));
      expect(children.map((item) => item.externalLabels.semeval2023)).toEqual(techniques);
    }
    expect(Object.values(TECHNIQUES).flat()).toHaveLength(23);
  });

  it('has the 14 SemEval-2023 frames with their Media Frames Corpus codes', () => {
    const frames = childrenOf(index, id('frame')).filter((item) => item.externalLabels.semeval2023);
    expect(frames.map((item) => item.externalLabels.semeval2023)).toEqual(FRAMES);
    expect(frames.map((item) => item.externalLabels.mfc)).toEqual(
      FRAMES.map((_, i) => `${i + 1}.0`),
    );
    expect(labelsOf('mfc')).toContain('15.0');
  });

  it('keeps every PTC-2020 label string exactly once', () => {
    expect([...labelsOf('ptc2020')].sort()).toEqual([...PTC].sort());
  });

  it('maps entities to OntoNotes and CoNLL', () => {
    const conll = (key: string) => index.byId.get(`entity.${key}`)?.externalLabels.conll;
    expect([conll('person'), conll('organisation'), conll('gpe'), conll('location')]).toEqual([
      'PER',
      'ORG',
      'LOC',
      'LOC',
    ]);
    expect([conll('norp'), conll('facility'), conll('event'), conll('law')]).toEqual([
      'MISC',
      'LOC',
      'MISC',
      'MISC',
    ]);
    expect(index.byId.get('entity.gpe')?.externalLabels.ontonotes).toBe('GPE');
  });

  it('has unique shortcut keys per level and two-stroke shortcuts', () => {
    const scopes = new Map<string, Set<string>>();
    for (const item of codebook.items) {
      if (item.key === undefined) continue;
      const root = item.parentId === undefined ? '' : (item.parentId.split('.')[0] ?? '');
      const keys = scopes.get(root) ?? new Set<string>();
      expect(keys.has(item.key), `${item.id} key ${item.key}`).toBe(false);
      keys.add(item.key);
      scopes.set(root, keys);
    }
    const loaded = resolveKeySequence(index, ['t', 'l']);
    expect(loaded.kind === 'item' && loaded.item.id).toBe('technique.loaded-language');
  });

  it('has colours readable as a tint behind black text and as an underline on white', () => {
    for (const item of codebook.items) {
      const colour = parseHexColour(item.colour);
      expect(colour, item.id).toBeDefined();
      if (!colour) continue;
      expect(tintTextContrast(colour), item.id).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      expect(underlineContrast(colour), item.id).toBeGreaterThanOrEqual(MIN_UNDERLINE_CONTRAST);
    }
  });

  it('gives siblings distinguishable colours', () => {
    for (const parent of [undefined, ...codebook.items.map((item) => item.id)]) {
      const siblings = childrenOf(index, parent);
      for (const [i, a] of siblings.entries()) {
        for (const b of siblings.slice(i + 1)) {
          const difference = colourDifference(
            parseHexColour(a.colour) ?? { r: 0, g: 0, b: 0 },
            parseHexColour(b.colour) ?? { r: 0, g: 0, b: 0 },
          );
          expect(difference, `${a.id} vs ${b.id}`).toBeGreaterThanOrEqual(15);
        }
      }
    }
  });

  it('defines the claim and document attributes', () => {
    const claim = index.byId.get('claim.claim');
    expect(claim?.attributes.map((attribute) => attribute.key)).toEqual([
      'claimType',
      'checkWorthyClef',
      'checkWorthyClaimBuster',
      'verdict',
      'unattributed',
    ]);
    const profile = index.byId.get('document.profile');
    const persona = profile?.attributes.find((attribute) => attribute.key === 'disarmPersona');
    expect(persona?.kind === 'choice' && persona.externalScheme?.name).toBe('DISARM');
    const frames = profile?.attributes.find((attribute) => attribute.key === 'frames');
    expect(frames).toMatchObject({ kind: 'item-choice', isMulti: true, fromParentId: 'frame' });
  });
});

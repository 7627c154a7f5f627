/**
 * Which codebook item a label read from a file names. Every format writes an item in its
 * own spelling, and each must come back to the same item:
 * - doccano, Label Studio, CSV, W3C: the display label (`Name calling or labelling`);
 * - brat: the label made brat-safe (`bratName`: `Name_calling_or_labelling`);
 * - CoNLL in label mode: spaces as `_` (`Obfuscation,_vagueness_or_confusion`);
 * - SemEval, CoNLL-2003: the item's external label (`Name_Calling-Labeling`, `PER`).
 * A label is looked up in tiers, most exact first, and the first tier that knows it wins,
 * so a loose likeness never overrides an exact name. In the looser tiers a spelling two
 * items share names neither: it goes to the import's mapping step instead of a guess.
 * Pure: no Dexie, no DOM.
 */
import type { Codebook, CodebookItem } from '../codebook/codebook-types';
import { bratName } from '../formats/brat/brat-names';

/** A tier: which of an item's names it holds, and the spelling it compares. */
interface Tier {
  names: (item: CodebookItem) => string[];
  form: (name: string) => string;
}

const exact = (name: string) => name.toLowerCase();

/**
 * Exact labels before exact ids: the default codebook's category `claim` and its item
 * labelled `Claim` agree case aside, and a file that writes `Claim` (doccano, Label Studio,
 * CSV) means the item. Ids come from Sourcemark's own files, which name items by id apart.
 */
const TIERS: readonly Tier[] = [
  { names: labelsOf, form: exact },
  { names: (item) => [item.id], form: exact },
  { names: namesOf, form: (name) => bratName(name).toLowerCase() },
  { names: namesOf, form: looseForm },
];

/**
 * A label without case, accents or punctuation: letters and digits, single `_` between
 * words. `Obfuscation, vagueness or confusion` and `Obfuscation-Vagueness-Confusion`
 * differ only in the words `or`; `Name_Calling,Labeling` and `Name calling labeling` agree.
 */
export function looseForm(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

/** An item's label and its external labels. */
function labelsOf(item: CodebookItem): string[] {
  const external = Object.values(item.externalLabels).filter(
    (name): name is string => typeof name === 'string',
  );
  return [item.label, ...external].filter((name) => name !== '');
}

/** Every name an item is known by: its id, its label and its external labels. */
export function namesOf(item: CodebookItem): string[] {
  return [item.id, ...labelsOf(item)];
}

/** The first tier where a spelling two items share names neither. */
const LOOSE_TIERS = 2;

/** A marker for a spelling two items share in a loose tier. */
const AMBIGUOUS = '\u0000ambiguous';

/**
 * A lookup from a file's label to the codebook item it names, or `undefined` when none
 * does (or, in the brat-safe and loose tiers, when several do). In the exact tiers the
 * first item wins, as before: CoNLL-2003's `LOC` names three items on purpose, and the
 * first (countries and cities) is what an import has always given it.
 */
export function labelMatcher(codebook: Codebook): (label: string) => string | undefined {
  // Maps, not objects: labels come from files, and `constructor` must find nothing.
  const indexes = TIERS.map(() => new Map<string, string>());
  TIERS.forEach(({ names, form }, tier) => {
    const index = indexes[tier]!;
    for (const item of codebook.items) {
      for (const name of names(item)) {
        const key = form(name);
        if (key === '') continue;
        const held = index.get(key);
        if (held === undefined) index.set(key, item.id);
        else if (tier >= LOOSE_TIERS && held !== item.id) index.set(key, AMBIGUOUS);
      }
    }
  });
  return (label) => {
    for (const [tier, { form }] of TIERS.entries()) {
      const found = indexes[tier]!.get(form(label));
      if (found === AMBIGUOUS) return undefined;
      if (found !== undefined) return found;
    }
    return undefined;
  };
}

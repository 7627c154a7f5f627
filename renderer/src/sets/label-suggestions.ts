/**
 * Codebook items to suggest for a label no item is named by, best first: the item a known
 * scheme maps it to (a PTC 2020 technique's SemEval-2023 counterpart), then items whose
 * names look like it (shared words, shared letter triples). Only suggestions: the analyst
 * confirms or changes them in the import dialog. Pure.
 *
 * Hand-written rather than a fuzzy-search library: the app's search library ranks
 * documents for a query, not one short label against a few dozen others, and the two
 * measures here (word and trigram Dice) are a few lines each.
 */
import { isUsable, indexCodebook } from '../codebook/codebook-lookup';
import type { Codebook, CodebookItemId } from '../codebook/codebook-types';
import { PTC_TO_SEMEVAL2023 } from '../formats/semeval/ptc-labels';
import { labelMatcher, looseForm, namesOf } from './label-matcher';

/** How alike two names must be (0–1) to be suggested. */
const THRESHOLD = 0.5;

/** Up to `limit` usable items (no top-level category) `label` may mean, best first. */
export function suggestItems(codebook: Codebook, label: string, limit = 3): CodebookItemId[] {
  const index = indexCodebook(codebook);
  const candidates = codebook.items.filter(
    (item) => item.parentId !== undefined && isUsable(index, item.id),
  );
  const out: CodebookItemId[] = [];
  const counterpart = PTC_TO_SEMEVAL2023.get(label);
  const fromScheme = counterpart === undefined ? undefined : labelMatcher(codebook)(counterpart);
  if (fromScheme && candidates.some((item) => item.id === fromScheme))
    out.push(fromScheme as CodebookItemId);
  const wanted = looseForm(label);
  const scored = candidates
    .map((item) => ({
      id: item.id,
      score: Math.max(...namesOf(item).map((name) => likeness(wanted, looseForm(name)))),
    }))
    .filter((entry) => entry.score >= THRESHOLD && !out.includes(entry.id))
    .sort((a, b) => b.score - a.score);
  out.push(...scored.map((entry) => entry.id));
  return out.slice(0, limit);
}

/** The better of word Dice and letter-triple Dice between two loose forms. */
export function likeness(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  return Math.max(dice(a.split('_'), b.split('_')), dice(triples(a), triples(b)));
}

function triples(word: string): string[] {
  const padded = `_${word}_`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

/** Sørensen–Dice coefficient of two lists taken as sets. */
function dice(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  let shared = 0;
  for (const x of left) if (right.has(x)) shared += 1;
  return (2 * shared) / (left.size + right.size);
}

/**
 * Whether labels that can mark the same text can be told apart by colour. Labels of one
 * category overlap in practice (a sentence is Loaded language and Name calling and
 * Exaggeration at once, drawn as stacked underlines), so each two of them must differ by
 * more than hue: by CIEDE2000, which weighs lightness and chroma too. Pure.
 *
 * Why a colour-distance rule rather than a pattern per label: the reader draws a label as a
 * tint and an underline lane, the review and agreement screens as swatches; one rule on the
 * palette holds for all of them, costs nothing at render time on a 10,000-mark article,
 * and is checked here once instead of in every renderer. Five underline styles could not
 * separate 24 techniques anyway; colour has to carry most of the difference.
 */
import { ciede2000 } from './ciede2000';
import type { CodebookIndex } from './codebook-lookup';
import { isUsable } from './codebook-lookup';
import { rootIdOf } from './codebook-invariants';
import { parseHexColour } from './colour-contrast';
import type { CodebookItem } from './codebook-types';

/**
 * The least CIEDE2000 difference between two labels that can co-occur. About 1 is just
 * noticeable side by side; 15 keeps even a thin underline lane recognisable next to its
 * neighbour. The default palette's pinks and purples were 10 to 14 apart.
 */
export const MIN_LABEL_COLOUR_DIFFERENCE = 15;

/** Two labels and how far apart their colours are. */
export interface LabelColourPair {
  readonly a: CodebookItem;
  readonly b: CodebookItem;
  readonly difference: number;
}

/**
 * The labels that can mark text together: usable leaves (categories are headings, not
 * labels) that apply to spans, grouped by top-level category.
 */
export function coOccurringLabels(index: CodebookIndex): Map<string, CodebookItem[]> {
  const groups = new Map<string, CodebookItem[]>();
  for (const item of index.codebook.items) {
    if (item.scope === 'document' || !isUsable(index, item.id)) continue;
    if ((index.childrenByParent.get(item.id) ?? []).length > 0) continue;
    const root = rootIdOf(index.byId, item.id) ?? item.id;
    if (root === item.id) continue;
    groups.set(root, [...(groups.get(root) ?? []), item]);
  }
  return groups;
}

/**
 * Every pair of co-occurring labels closer than `threshold`, closest first. A colour that
 * is not `#rrggbb` is drawn in the fallback grey and is the codebook's own problem: skipped.
 */
export function confusableLabels(
  index: CodebookIndex,
  threshold = MIN_LABEL_COLOUR_DIFFERENCE,
  /** How a theme draws a label's colour (the dark theme lightens dark ones); as is by default. */
  drawnAs: (hex: string) => string = (hex) => hex,
): LabelColourPair[] {
  const pairs: LabelColourPair[] = [];
  for (const labels of coOccurringLabels(index).values()) {
    labels.forEach((a, i) => {
      const ca = parseHexColour(drawnAs(a.colour));
      for (const b of labels.slice(i + 1)) {
        const cb = parseHexColour(drawnAs(b.colour));
        if (!ca || !cb) continue;
        const difference = ciede2000(ca, cb);
        if (difference < threshold) pairs.push({ a, b, difference });
      }
    });
  }
  return pairs.sort((x, y) => x.difference - y.difference);
}

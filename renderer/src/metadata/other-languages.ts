/**
 * The languages of an article besides its own, from ingestion's per-block ranges: "also
 * Turkish (31% of the text)" for a French op-ed saved inside a Turkish blog. Pure.
 */
import type { LanguageRange } from '../../../preload/api';

/** A language other than the article's, with its share of the text's characters. */
export interface OtherLanguage {
  language: string;
  share: number;
}

/** Below this share a language is a stray quote, not worth a mention. */
const MIN_SHARE = 0.02;

/** The other languages of `ranges`, largest share first; `und` never counts. */
export function otherLanguages(
  ranges: readonly LanguageRange[] | undefined,
  articleLanguage: string,
): OtherLanguage[] {
  if (!ranges || ranges.length === 0) return [];
  const total = ranges.at(-1)!.end - ranges[0]!.start;
  const sizes = new Map<string, number>();
  for (const range of ranges) {
    if (range.language === 'und' || range.language === articleLanguage) continue;
    sizes.set(range.language, (sizes.get(range.language) ?? 0) + range.end - range.start);
  }
  return [...sizes]
    .map(([language, size]) => ({ language, share: total > 0 ? size / total : 0 }))
    .filter((other) => other.share >= MIN_SHARE)
    .sort((a, b) => b.share - a.share);
}

/**
 * The palette's filter: ranks items for what the analyst has typed, matching labels and
 * external labels ("loaded", "Name_Calling", "ll"). Retired items never appear.
 */
import type { CodebookIndex } from './codebook-lookup';
import { isUsable, pathLabel } from './codebook-lookup';
import type { CodebookItem, CodebookScope } from './codebook-types';

/** One palette row: the item, its path label and its rank (lower is better). */
export interface PaletteEntry {
  item: CodebookItem;
  path: string;
  rank: number;
}

/** Narrows the palette to items usable where the analyst is annotating. */
export interface PaletteOptions {
  scope?: Exclude<CodebookScope, 'both'>;
}

// Diacritics off, case folded, and _ - , . treated as spaces: "Name_Calling" ≈ "name calling".
function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_\-,.›/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (const char of haystack) if (char === needle[i]) i++;
  return i === needle.length;
}

/** How well one text matches the query: 0 best, undefined for no match. */
function rankText(query: string, text: string): number | undefined {
  const words = text.split(' ');
  const tokens = query.split(' ');
  if (text === query) return 0;
  if (text.startsWith(query)) return 1;
  if (words.some((word) => word.startsWith(query))) return 2;
  if (tokens.every((token) => words.some((word) => word.startsWith(token)))) return 3;
  if (text.includes(query)) return 4;
  // Initials: "ll" for Loaded language, "cov" for Causal oversimplification.
  const initials = words.map((word) => word[0] ?? '').join('');
  if (query.length > 1 && !query.includes(' ') && initials.startsWith(query)) return 3;
  if (query.length > 2 && !query.includes(' ') && isSubsequence(query, text.replace(/ /g, '')))
    return 6;
  return undefined;
}

function rankItem(query: string, item: CodebookItem): number | undefined {
  const label = rankText(query, normalise(item.label));
  const external = Object.values(item.externalLabels)
    .filter((text): text is string => text !== undefined)
    .map((text) => rankText(query, normalise(text)))
    .filter((rank): rank is number => rank !== undefined);
  // An external-label match ranks just after the same quality of label match.
  const best = Math.min(label ?? Infinity, ...external.map((rank) => rank + 0.5));
  return Number.isFinite(best) ? best : undefined;
}

/**
 * The palette's items for a typed query, best first, ties in codebook order. An empty
 * query lists every usable item. Retired items (and those under a retired one) and items of the other scope are left out.
 */
export function paletteItems(
  index: CodebookIndex,
  query: string,
  options: PaletteOptions = {},
): PaletteEntry[] {
  const wanted = normalise(query);
  const entries: PaletteEntry[] = [];
  for (const item of index.codebook.items) {
    if (!isUsable(index, item.id)) continue;
    if (options.scope && item.scope !== 'both' && item.scope !== options.scope) continue;
    const rank = wanted === '' ? 0 : rankItem(wanted, item);
    if (rank !== undefined) entries.push({ item, path: pathLabel(index, item.id), rank });
  }
  // Array.prototype.sort is stable, so equal ranks keep codebook order.
  return entries.sort((a, b) => a.rank - b.rank);
}

/**
 * How readable a candidate item colour is, in the two ways the reader draws it (a tint
 * behind dark text, an underline on white), and how close it sits to its siblings'
 * colours, so the editor can warn before an analyst saves a colour nobody can tell apart.
 * Plain TypeScript: no DOM or React.
 */
import type { CodebookItem } from '../codebook/codebook-types';
import {
  colourDifference,
  MIN_TEXT_CONTRAST,
  MIN_UNDERLINE_CONTRAST,
  parseHexColour,
  tintTextContrast,
  underlineContrast,
} from '../codebook/colour-contrast';

/** Below this CIE76 difference two sibling colours are easily confused (the default keeps 15). */
export const MIN_SIBLING_DIFFERENCE = 15;

/** One measured ratio against its WCAG threshold. */
export interface ContrastMeasure {
  ratio: number;
  minimum: number;
  isEnough: boolean;
}

/** The readability of a colour; undefined fields when the colour does not parse. */
export interface ColourCheck {
  tintText: ContrastMeasure;
  underline: ContrastMeasure;
  /** The sibling whose colour is nearest, when nearer than `MIN_SIBLING_DIFFERENCE`. */
  closeSibling?: { item: CodebookItem; difference: number };
}

function measure(ratio: number, minimum: number): ContrastMeasure {
  return { ratio, minimum, isEnough: ratio >= minimum };
}

/**
 * Checks `hex` (`#rrggbb`) for an item among `siblings` (the item itself excluded by id);
 * undefined when `hex` is not a colour yet, as while the analyst is still typing it.
 */
export function checkColour(
  hex: string,
  itemId: string,
  siblings: readonly CodebookItem[],
): ColourCheck | undefined {
  const rgb = parseHexColour(hex);
  if (!rgb) return undefined;
  const check: ColourCheck = {
    tintText: measure(tintTextContrast(rgb), MIN_TEXT_CONTRAST),
    underline: measure(underlineContrast(rgb), MIN_UNDERLINE_CONTRAST),
  };
  for (const sibling of siblings) {
    // Retired siblings are never drawn next to this one in the palette.
    const other =
      sibling.id === itemId || sibling.retired ? undefined : parseHexColour(sibling.colour);
    if (!other) continue;
    const difference = colourDifference(rgb, other);
    if (
      difference < MIN_SIBLING_DIFFERENCE &&
      difference < (check.closeSibling?.difference ?? Infinity)
    ) {
      check.closeSibling = { item: sibling, difference };
    }
  }
  return check;
}

/** A ratio as people read it: `4.52:1`. */
export function formatRatio(ratio: number): string {
  return `${ratio.toFixed(2)}:1`;
}

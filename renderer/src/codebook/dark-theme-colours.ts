/**
 * Label colours on the dark theme. A codebook colour is chosen to read on white (a tint
 * behind dark text, an underline ≥3:1 against the page); on a dark page the darker ones
 * (navy, brown, deep purple) fall under 3:1. The dark theme draws each label in a variant
 * whose CIELAB lightness is raised, keeping its hue and chroma (a* b*): every label by the
 * same 12 L* (so light and dark labels stay as far apart in lightness as on white), then
 * each by 1 L* more until the underline reaches 3:1 on the dark page and the dark theme's
 * text 4.5:1 on its tint. Measured on the default palette: lifting each colour only as far
 * as it needed pushed 26 co-occurring pairs under ΔE00 15 (the closest 8.7), since the dark
 * ones all landed on one lightness; the common lift first leaves 7 pairs between ΔE00 13
 * and 15 and none under 13 (`MIN_DARK_LABEL_COLOUR_DIFFERENCE`). Pure.
 */
import {
  blendOver,
  contrastRatio,
  MIN_TEXT_CONTRAST,
  MIN_UNDERLINE_CONTRAST,
  parseHexColour,
  toHexColour,
  toLab,
  type Rgb,
} from './colour-contrast';

/** The dark theme's reading page (`--paper` in `styles/theme-dark.css`). */
export const DARK_PAGE: Rgb = { r: 0x17, g: 0x19, b: 0x1d };
/** The dark theme's text colour (`--ink`). */
export const DARK_INK: Rgb = { r: 0xe6, g: 0xe8, b: 0xeb };
/** The tint alpha the reader paints behind marked text (`editor/mark-style.ts`). */
export const MARK_TINT_ALPHA = 0.22;

function delinearise(c: number): number {
  const v = c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055;
  return v * 255;
}

/** CIELAB (D65) back to sRGB, channels clamped into gamut. */
export function fromLab([l, a, b]: readonly [number, number, number]): Rgb {
  const fy = (l + 16) / 116;
  const fx = fy + a / 500;
  const fz = fy - b / 200;
  const inv = (t: number) => (t ** 3 > 216 / 24389 ? t ** 3 : (116 * t - 16) / (24389 / 27));
  const x = inv(fx) * 0.95047;
  const y = inv(fy);
  const z = inv(fz) * 1.08883;
  const rl = 3.2406 * x - 1.5372 * y - 0.4986 * z;
  const gl = -0.9689 * x + 1.8758 * y + 0.0415 * z;
  const bl = 0.0557 * x - 0.204 * y + 1.057 * z;
  const clamp = (v: number) => Math.max(0, Math.min(255, delinearise(Math.max(0, v))));
  return { r: clamp(rl), g: clamp(gl), b: clamp(bl) };
}

/** Contrast of the colour as an underline on the dark page. */
export function darkUnderlineContrast(colour: Rgb): number {
  return contrastRatio(colour, DARK_PAGE);
}

/** Contrast of the dark theme's text on the colour's tint over the dark page. */
export function darkTintTextContrast(colour: Rgb): number {
  return contrastRatio(DARK_INK, blendOver(colour, MARK_TINT_ALPHA, DARK_PAGE));
}

/** Whether a colour reads on the dark theme as an underline and as a tint under text. */
export function readsOnDark(colour: Rgb): boolean {
  return (
    darkUnderlineContrast(colour) >= MIN_UNDERLINE_CONTRAST &&
    darkTintTextContrast(colour) >= MIN_TEXT_CONTRAST
  );
}

/**
 * The least CIEDE2000 difference between co-occurring labels as the dark theme draws them:
 * lower than the light theme's 15, since lightening toward 3:1 on a dark page takes away
 * part of the lightness range the light palette spreads its labels over.
 */
export const MIN_DARK_LABEL_COLOUR_DIFFERENCE = 13;

/** L* every label is lifted by on the dark theme before any lift of its own. */
const COMMON_LIFT = 12;

const cache = new Map<string, string>();

/**
 * The colour the dark theme draws `hex` in: the same hue lifted by the common 12 L*, then
 * by 1 more at a time until it reads on the dark page. Anything but `#rrggbb`
 * comes back unchanged.
 */
export function darkThemeColour(hex: string): string {
  const known = cache.get(hex);
  if (known) return known;
  const rgb = parseHexColour(hex);
  if (!rgb) return hex;
  const [l, a, b] = toLab(rgb);
  let result = fromLab([Math.min(100, l + COMMON_LIFT), a, b]);
  for (let lightness = l + COMMON_LIFT + 1; lightness <= 100 && !readsOnDark(result); lightness++) {
    result = fromLab([lightness, a, b]);
  }
  const answer = toHexColour(result);
  cache.set(hex, answer);
  return answer;
}

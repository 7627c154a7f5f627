/**
 * WCAG 2.x colour arithmetic for codebook colours. A codebook colour is drawn two ways:
 * as a translucent tint behind dark text and as an underline on white; both must stay
 * readable, and sibling items must not look alike. Plain arithmetic, no DOM.
 */

/** An sRGB colour with 0–255 channels. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** The alpha of the highlight tint drawn behind annotated text. */
export const TINT_ALPHA = 0.3;
/** WCAG AA for normal text: dark text on a tint must reach this. */
export const MIN_TEXT_CONTRAST = 4.5;
/** WCAG non-text contrast: an underline against the page must reach this. */
export const MIN_UNDERLINE_CONTRAST = 3;

const WHITE: Rgb = { r: 255, g: 255, b: 255 };
const BLACK: Rgb = { r: 0, g: 0, b: 0 };
const HEX = /^#([0-9a-f]{6})$/i;

/** Reads `#rrggbb` (any case); returns undefined for anything else. */
export function parseHexColour(hex: string): Rgb | undefined {
  const match = HEX.exec(hex);
  if (!match?.[1]) return undefined;
  const value = Number.parseInt(match[1], 16);
  return { r: (value >> 16) & 0xff, g: (value >> 8) & 0xff, b: value & 0xff };
}

/** Writes a colour as lower-case `#rrggbb`, rounding and clamping each channel. */
export function toHexColour({ r, g, b }: Rgb): string {
  const part = (n: number) =>
    Math.max(0, Math.min(255, Math.round(n)))
      .toString(16)
      .padStart(2, '0');
  return `#${part(r)}${part(g)}${part(b)}`;
}

function linearise(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  return 0.2126 * linearise(r) + 0.7152 * linearise(g) + 0.0722 * linearise(b);
}

/** WCAG contrast ratio between two colours, 1 to 21, order-independent. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The colour seen when `top` is painted at `alpha` over `bottom`. Browsers composite in
 * gamma-encoded sRGB, so this blends the encoded channels, not linear light.
 */
export function blendOver(top: Rgb, alpha: number, bottom: Rgb): Rgb {
  const mix = (t: number, b: number) => t * alpha + b * (1 - alpha);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b) };
}

/** Contrast of `text` (black by default) on the colour's tint over white. */
export function tintTextContrast(colour: Rgb, text: Rgb = BLACK, alpha = TINT_ALPHA): number {
  return contrastRatio(text, blendOver(colour, alpha, WHITE));
}

/** Contrast of the colour as an underline against a white page. */
export function underlineContrast(colour: Rgb): number {
  return contrastRatio(colour, WHITE);
}

/** The colour in CIELAB (D65): `[L*, a*, b*]`. */
export function toLab(rgb: Rgb): [number, number, number] {
  const rl = linearise(rgb.r);
  const gl = linearise(rgb.g);
  const bl = linearise(rgb.b);
  // sRGB to XYZ (D65), then to CIELAB relative to the D65 white point.
  const x = (0.4124 * rl + 0.3576 * gl + 0.1805 * bl) / 0.95047;
  const y = 0.2126 * rl + 0.7152 * gl + 0.0722 * bl;
  const z = (0.0193 * rl + 0.1192 * gl + 0.9505 * bl) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t) / 116 + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/**
 * CIE76 colour difference (ΔE*ab). About 2.3 is just noticeable; siblings in a palette
 * should be well apart (the default codebook keeps them at least 15 apart).
 */
export function colourDifference(a: Rgb, b: Rgb): number {
  const [l1, a1, b1] = toLab(a);
  const [l2, a2, b2] = toLab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

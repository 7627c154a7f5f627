/**
 * CIEDE2000 colour difference (CIE 142-2001), the formula of Sharma, Wu and Dalal, "The
 * CIEDE2000 color-difference formula: implementation notes, supplementary test data, and
 * mathematical observations" (2005), whose test pairs the unit test pins. CIE76 (plain
 * distance in Lab) overstates differences between saturated colours and understates them
 * between blues and purples, exactly where the default palette's pinks and purples sat too
 * close; CIEDE2000 corrects lightness, chroma and hue weights and the blue region.
 * Plain arithmetic, no DOM.
 */
import { toLab, type Rgb } from './colour-contrast';

/** A colour in CIELAB: `[L*, a*, b*]`. */
export type Lab = readonly [number, number, number];

const deg = (radians: number) => (radians * 180) / Math.PI;
const rad = (degrees: number) => (degrees * Math.PI) / 180;
const POW25_7 = 25 ** 7;

/** The hue angle in degrees, 0 to 360; 0 for a neutral colour. */
function hueOf(b: number, aPrime: number): number {
  if (b === 0 && aPrime === 0) return 0;
  const h = deg(Math.atan2(b, aPrime));
  return h < 0 ? h + 360 : h;
}

/** ΔE00 between two CIELAB colours (kL = kC = kH = 1). About 1 is just noticeable. */
export function ciede2000Lab([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
  const cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + POW25_7)));
  const a1p = (1 + g) * a1;
  const a2p = (1 + g) * a2;
  const c1p = Math.hypot(a1p, b1);
  const c2p = Math.hypot(a2p, b2);
  const h1p = hueOf(b1, a1p);
  const h2p = hueOf(b2, a2p);
  const isNeutral = c1p * c2p === 0;

  let dhp = h2p - h1p;
  if (isNeutral) dhp = 0;
  else if (dhp > 180) dhp -= 360;
  else if (dhp < -180) dhp += 360;
  const dLp = l2 - l1;
  const dCp = c2p - c1p;
  const dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin(rad(dhp / 2));

  const lBar = (l1 + l2) / 2;
  const cBarP = (c1p + c2p) / 2;
  let hBarP = h1p + h2p;
  if (!isNeutral) {
    if (Math.abs(h1p - h2p) <= 180) hBarP /= 2;
    else hBarP = hBarP < 360 ? (hBarP + 360) / 2 : (hBarP - 360) / 2;
  }
  const t =
    1 -
    0.17 * Math.cos(rad(hBarP - 30)) +
    0.24 * Math.cos(rad(2 * hBarP)) +
    0.32 * Math.cos(rad(3 * hBarP + 6)) -
    0.2 * Math.cos(rad(4 * hBarP - 63));
  const dTheta = 30 * Math.exp(-(((hBarP - 275) / 25) ** 2));
  const rC = 2 * Math.sqrt(cBarP ** 7 / (cBarP ** 7 + POW25_7));
  const sL = 1 + (0.015 * (lBar - 50) ** 2) / Math.sqrt(20 + (lBar - 50) ** 2);
  const sC = 1 + 0.045 * cBarP;
  const sH = 1 + 0.015 * cBarP * t;
  const rT = -Math.sin(rad(2 * dTheta)) * rC;
  const l = dLp / sL;
  const c = dCp / sC;
  const h = dHp / sH;
  return Math.sqrt(l * l + c * c + h * h + rT * c * h);
}

/** ΔE00 between two sRGB colours. */
export function ciede2000(a: Rgb, b: Rgb): number {
  return ciede2000Lab(toLab(a), toLab(b));
}

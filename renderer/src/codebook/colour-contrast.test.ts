import { describe, expect, it } from 'vitest';
import {
  blendOver,
  colourDifference,
  contrastRatio,
  parseHexColour,
  relativeLuminance,
  tintTextContrast,
  toHexColour,
  underlineContrast,
} from './colour-contrast';

const rgb = (hex: string) => {
  const colour = parseHexColour(hex);
  if (!colour) throw new Error(`bad test colour ${hex}`);
  return colour;
};

describe('colour-contrast', () => {
  it('reads and writes hex colours', () => {
    expect(parseHexColour('#1F6feb')).toEqual({ r: 0x1f, g: 0x6f, b: 0xeb });
    expect(parseHexColour('#fff')).toBeUndefined();
    expect(parseHexColour('red')).toBeUndefined();
    expect(toHexColour({ r: 31.4, g: 300, b: -2 })).toBe('#1fff00');
  });

  it('matches the WCAG reference values', () => {
    expect(relativeLuminance(rgb('#ffffff'))).toBeCloseTo(1, 6);
    expect(relativeLuminance(rgb('#000000'))).toBe(0);
    expect(contrastRatio(rgb('#000000'), rgb('#ffffff'))).toBeCloseTo(21, 6);
    // #767676 is the lightest grey passing AA on white; #777777 just fails.
    expect(contrastRatio(rgb('#767676'), rgb('#ffffff'))).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(rgb('#777777'), rgb('#ffffff'))).toBeLessThan(4.5);
  });

  it('composites a tint in sRGB over white', () => {
    expect(toHexColour(blendOver(rgb('#000000'), 0.3, rgb('#ffffff')))).toBe('#b3b3b3');
    expect(tintTextContrast(rgb('#000000'))).toBeCloseTo(
      contrastRatio(rgb('#000000'), rgb('#b3b3b3')),
      0,
    );
    expect(underlineContrast(rgb('#ffff00'))).toBeLessThan(3);
  });

  it('measures colour difference', () => {
    expect(colourDifference(rgb('#336699'), rgb('#336699'))).toBe(0);
    expect(colourDifference(rgb('#000000'), rgb('#ffffff'))).toBeCloseTo(100, 0);
  });
});

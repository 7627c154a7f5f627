import { describe, expect, it } from 'vitest';
import { indexCodebook } from './codebook-lookup';
import {
  parseHexColour,
  toLab,
  MIN_TEXT_CONTRAST,
  MIN_UNDERLINE_CONTRAST,
} from './colour-contrast';
import {
  darkThemeColour,
  darkTintTextContrast,
  darkUnderlineContrast,
  fromLab,
  MIN_DARK_LABEL_COLOUR_DIFFERENCE,
} from './dark-theme-colours';
import { loadDefaultCodebook } from './default-codebook';
import { confusableLabels } from './label-colour-distance';

describe('fromLab', () => {
  it('inverts toLab', () => {
    for (const hex of ['#1f5fbf', '#a4262c', '#2e7d3a', '#7b3fb0']) {
      const rgb = parseHexColour(hex)!;
      const back = fromLab(toLab(rgb));
      expect(Math.abs(back.r - rgb.r)).toBeLessThan(1);
      expect(Math.abs(back.g - rgb.g)).toBeLessThan(1);
      expect(Math.abs(back.b - rgb.b)).toBeLessThan(1);
    }
  });
});

describe('the default palette on the dark theme', () => {
  const index = indexCodebook(loadDefaultCodebook());
  const colours = [...new Set(index.codebook.items.map((item) => item.colour))];

  it('had labels that do not read on a dark page as they are', () => {
    const failing = colours.filter(
      (hex) => darkUnderlineContrast(parseHexColour(hex)!) < MIN_UNDERLINE_CONTRAST,
    );
    expect(failing.length).toBeGreaterThan(0);
  });

  it('draws every label at ≥3:1 as an underline and ≥4.5:1 for text on its tint', () => {
    const failing = colours.filter((hex) => {
      const drawn = parseHexColour(darkThemeColour(hex))!;
      return (
        darkUnderlineContrast(drawn) < MIN_UNDERLINE_CONTRAST ||
        darkTintTextContrast(drawn) < MIN_TEXT_CONTRAST
      );
    });
    expect(failing).toEqual([]);
  });

  it('keeps co-occurring labels ΔE00 13 apart as drawn on the dark theme', () => {
    const close = confusableLabels(index, MIN_DARK_LABEL_COLOUR_DIFFERENCE, darkThemeColour).map(
      (p) =>
        `${p.a.label} ${darkThemeColour(p.a.colour)} / ${p.b.label} ${darkThemeColour(p.b.colour)}: ${p.difference.toFixed(1)}`,
    );
    expect(close).toEqual([]);
  });

  it('keeps the hue: a blue stays blue, lighter', () => {
    const [l, a, b] = toLab(parseHexColour('#1f5fbf')!);
    const [l2, a2, b2] = toLab(parseHexColour(darkThemeColour('#1f5fbf'))!);
    expect(l2).toBeGreaterThan(l);
    expect(Math.sign(a2)).toBe(Math.sign(a));
    expect(Math.sign(b2)).toBe(Math.sign(b));
  });
});

import { describe, expect, it } from 'vitest';
import { ciede2000, ciede2000Lab, type Lab } from './ciede2000';
import { parseHexColour } from './colour-contrast';

// Sharma, Wu and Dalal (2005), table 1: pairs chosen to cover the hue wrap-around, the blue
// region's rotation term, neutral colours and large differences.
const SHARMA: readonly [Lab, Lab, number][] = [
  [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
  [[50, 0, 0], [50, -1, 2], 2.3669],
  [[50, -0.001, 2.49], [50, 0.0011, -2.49], 4.7461],
  [[50, 2.5, 0], [50, 3.1736, 0.5854], 1.0],
  [[50, 2.5, 0], [58, 24, 15], 19.4535],
  [[50, 2.5, 0], [73, 25, -18], 27.1492],
  [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
];

describe('ciede2000', () => {
  it('reproduces the published test pairs to four decimals, in either order', () => {
    for (const [a, b, expected] of SHARMA) {
      expect(ciede2000Lab(a, b)).toBeCloseTo(expected, 4);
      expect(ciede2000Lab(b, a)).toBeCloseTo(expected, 4);
    }
  });

  it('measures sRGB colours through CIELAB', () => {
    const rgb = (hex: string) => parseHexColour(hex)!;
    expect(ciede2000(rgb('#336699'), rgb('#336699'))).toBe(0);
    expect(ciede2000(rgb('#000000'), rgb('#ffffff'))).toBeCloseTo(100, 0);
  });
});

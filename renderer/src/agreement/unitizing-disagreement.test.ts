import { describe, it, expect } from 'vitest';
import { expectedDisagreement, observedDisagreement } from './unitizing-disagreement';
import { segmentContinuum } from './unitizing-segments';

describe('unitizing disagreements', () => {
  // Example 1 by hand: L = 10, A [2,6), B [3,6).
  const units = [[{ start: 2, end: 6 }], [{ start: 3, end: 6 }]];
  const segments = units.map((u) => segmentContinuum(u, 10));

  it('computes D_O = 2 * sum delta^2 / (R (R - 1) L^2)', () => {
    expect(observedDisagreement(segments, 10)).toBeCloseTo(2 / 200, 15);
  });

  it('computes D_E from the units and all gaps', () => {
    // Gaps 2, 4, 3, 4. Unit 4: 28 + 16 * 2 = 60; unit 3: 10 + 9 * 5 = 55.
    // D_E = (2/10) * 115 / (20 * 19 - (12 + 6)) = 23 / 362.
    expect(expectedDisagreement(units, segments, 10)).toBeCloseTo(23 / 362, 15);
  });
});

import { describe, it, expect } from 'vitest';
import { chanceCorrected } from './chance-correction';

describe('chanceCorrected', () => {
  it('scales agreement beyond chance by what chance leaves', () => {
    expect(chanceCorrected(0.7, 0.34)).toBeCloseTo(0.36 / 0.66, 15);
    expect(chanceCorrected(0.5, 0.5)).toBe(0);
    expect(chanceCorrected(0, 0.5)).toBe(-1);
  });

  it('is undefined when chance predicts perfect agreement', () => {
    expect(chanceCorrected(1, 1)).toBeNull();
  });
});

/**
 * A tiny seeded pseudo-random generator for property tests: the same seed gives the same
 * cases on every machine, so a failing case can be replayed from its seed.
 */

/** Draws from a seeded stream. All draws are deterministic for a given seed. */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/**
 * Mulberry32 (Tommy Ettinger's 32-bit generator): tiny, fast and well enough distributed for
 * generating test cases; not for anything security-related.
 */
export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick: empty list');
    return items[int(0, items.length - 1)] as T;
  };
  return { next, int, pick };
}

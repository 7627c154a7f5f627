import { describe, expect, it } from 'vitest';
import { paragraphStartOffsets } from '../reader/paragraph-offsets';
import { firstChunkOf, firstScreenCharacters } from './article-build';

/** `count` lines of `length` characters each. */
const textOf = (count: number, length: number) =>
  Array.from({ length: count }, () => 'x'.repeat(length)).join('\n');

describe('the first update of a long article', () => {
  it('builds the lines that fill the window, not three screens of them', () => {
    // 800 px at 17 px type and 1.8 spacing: 27 rows, of at most 100 characters.
    const characters = firstScreenCharacters(800, 30.6);
    const starts = paragraphStartOffsets(textOf(5_000, 200));
    const lines = firstChunkOf(starts, characters);
    // Each 200-character line takes at least two of the window's rows.
    expect(lines * 200).toBeGreaterThanOrEqual(27 * 100);
    expect(lines).toBeLessThan(6_000 / 200);
  });

  it('builds more lines for smaller type or a taller window, at most a block', () => {
    const starts = paragraphStartOffsets(textOf(5_000, 200));
    const normal = firstChunkOf(starts, firstScreenCharacters(800, 30.6));
    expect(firstChunkOf(starts, firstScreenCharacters(800, 15.6))).toBeGreaterThan(normal);
    expect(firstChunkOf(starts, firstScreenCharacters(1_400, 30.6))).toBeGreaterThan(normal);
    expect(firstChunkOf(starts, firstScreenCharacters(100_000, 15))).toBe(50);
  });
});

import { describe, expect, it } from 'vitest';
import { codePointOffsets, codePointOffsetsCache } from './code-point-offsets';

// The conversion itself (and its property test against Array.from) is tested with the
// canonical converter in annotation/code-points.test.ts; this is the adapter's contract.
describe('codePointOffsets', () => {
  it('shifts offsets after an emoji and leaves combining marks alone', () => {
    const text = 'a😀e\u0301b';
    const c = codePointOffsets(text);
    expect(c.codePointLength).toBe(5);
    expect(c.toCodePoint(3)).toBe(2);
    expect(c.toCodeUnit(2)).toBe(3);
    expect(c.toCodeUnit(4)).toBe(5);
  });

  it('answers undefined where the canonical converter throws', () => {
    const c = codePointOffsets('a😀e\u0301b');
    expect(c.toCodePoint(2)).toBeUndefined();
    expect(c.toCodePoint(99)).toBeUndefined();
    expect(c.toCodePoint(-1)).toBeUndefined();
    expect(c.toCodeUnit(6)).toBeUndefined();
    expect(c.toCodeUnit(1.5)).toBeUndefined();
    expect(c.toCodeUnit(Number.NaN)).toBeUndefined();
  });
});

describe('codePointOffsetsCache', () => {
  it('builds one converter per key and reuses it', () => {
    const offsetsOf = codePointOffsetsCache<string>();
    const first = offsetsOf('a1', '😀x');
    expect(offsetsOf('a1', '😀x')).toBe(first);
    expect(first.toCodePoint(3)).toBe(2);
    expect(offsetsOf('a2', 'xy')).not.toBe(first);
  });
});

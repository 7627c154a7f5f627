import { describe, expect, it, vi } from 'vitest';
import { boundedMemo } from './bounded-memo';

describe('boundedMemo', () => {
  it('answers a key seen before without computing it again, falsy answers included', () => {
    const compute = vi.fn((key: string) => key.length === 0);
    const remembered = boundedMemo(compute, 100);
    expect([remembered('menu'), remembered('menu'), remembered(''), remembered('')]).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('holds no more key characters than its bound: it forgets everything, then fills again', () => {
    const compute = vi.fn((key: string) => key.toUpperCase());
    const remembered = boundedMemo(compute, 10);
    remembered('abcd');
    remembered('efgh');
    remembered('ijkl'); // 12 characters would pass the bound: the first two are forgotten.
    remembered('ijkl');
    remembered('abcd');
    expect(compute.mock.calls.map(([key]) => key)).toEqual(['abcd', 'efgh', 'ijkl', 'abcd']);
  });

  it('never holds a key longer than its bound, and still answers it', () => {
    const compute = vi.fn((key: string) => key.length);
    const remembered = boundedMemo(compute, 3);
    expect(remembered('abcdef')).toBe(6);
    expect(remembered('abcdef')).toBe(6);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});

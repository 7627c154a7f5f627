import { describe, expect, it } from 'vitest';
import { validateSpan, validateSpanBounds } from './span-validation';

describe('validateSpanBounds', () => {
  it('accepts a span inside the text, including one ending at its end', () => {
    expect(validateSpanBounds({ start: 0, end: 5 }, 5)).toEqual({ ok: true });
    expect(validateSpanBounds({ start: 2, end: 3 }, 5)).toEqual({ ok: true });
  });

  it.each([
    [{ start: -1, end: 2 }, 'out-of-bounds'],
    [{ start: 2, end: 6 }, 'out-of-bounds'],
    [{ start: 7, end: 9 }, 'out-of-bounds'],
    [{ start: 3, end: 1 }, 'inverted'],
    [{ start: 2, end: 2 }, 'empty'],
    [{ start: 0.5, end: 2 }, 'not-integer'],
    [{ start: 0, end: Number.NaN }, 'not-integer'],
  ])('refuses %o as %s, with a message', (span, reason) => {
    const result = validateSpanBounds(span, 5);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });
});

describe('validateSpan', () => {
  it('refuses a span that splits an emoji at either edge', () => {
    const text = 'ok 😀 ok';
    expect(validateSpan({ start: 4, end: 7 }, text)).toMatchObject({
      ok: false,
      reason: 'splits-surrogate-pair',
    });
    expect(validateSpan({ start: 0, end: 4 }, text)).toMatchObject({
      ok: false,
      reason: 'splits-surrogate-pair',
    });
    expect(validateSpan({ start: 3, end: 5 }, text)).toEqual({ ok: true });
  });

  it('reports bounds before surrogate problems', () => {
    expect(validateSpan({ start: 0, end: 99 }, 'abc')).toMatchObject({ reason: 'out-of-bounds' });
  });
});

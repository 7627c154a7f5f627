import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exceedsJsonDepth, exceedsJsonDepthInBytes } from './json-depth';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('exceedsJsonDepthInBytes', () => {
  it('counts brackets outside strings only, as the text scan does', () => {
    const cases = [
      '['.repeat(65) + ']'.repeat(65),
      '['.repeat(64) + ']'.repeat(64),
      `["${'['.repeat(100)}"]`,
      `["\\"${'['.repeat(100)}"]`,
      // A string ending in an escaped backslash ends at its quote: the brackets after it count.
      `["a\\\\",${'['.repeat(65)}${']'.repeat(65)}]`,
      // Multi-byte characters and a byte order mark are no structure.
      `\uFEFF{"Əliyev ş 😀":${'{"a":'.repeat(64)}1${'}'.repeat(64)}}`,
      `{"Əliyev ş 😀":${'{"a":'.repeat(63)}1${'}'.repeat(63)}}`,
    ];
    expect(cases.map((text) => exceedsJsonDepthInBytes(bytes(text)))).toEqual([
      true,
      false,
      false,
      false,
      true,
      true,
      false,
    ]);
    for (const text of cases)
      expect(exceedsJsonDepthInBytes(bytes(text))).toBe(exceedsJsonDepth(text));
  });

  it('answers as the text scan for any JSON and any text of JSON characters', () => {
    const nested = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.string({ unit: 'grapheme' }),
        fc.integer(),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(fc.string({ unit: 'grapheme' }), tie('value'), { maxKeys: 3 }),
      ),
    })).value;
    const noise = fc.string({
      unit: fc.constantFrom('[', ']', '{', '}', '"', '\\', 'a', 'ş', '😀', ','),
    });
    fc.assert(
      fc.property(
        fc.oneof(
          nested.map((v) => JSON.stringify(v)),
          noise,
        ),
        fc.nat(6),
        (text, max) => {
          expect(exceedsJsonDepthInBytes(bytes(text), max)).toBe(exceedsJsonDepth(text, max));
        },
      ),
      { numRuns: 500 },
    );
  });
});

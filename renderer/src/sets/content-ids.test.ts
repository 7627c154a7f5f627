import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentId, contentIds, numberRepeats } from './draft-annotations';

describe('contentIds', () => {
  it('gives each list of parts the id contentId gives it, long shared texts included', async () => {
    // Texts over and under the length whose hash state is shared, with astral and
    // combining characters, several annotations per (author, text), and one-part lists.
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'grapheme', minLength: 256, maxLength: 900 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom('a', 'ə'), text), { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(5), fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 })), {
          maxLength: 12,
        }),
        async (prefixes, rows) => {
          const partsList = rows.map(([which, rest]) => {
            const [author, body] = prefixes[which % prefixes.length]!;
            return [author, body, ...rest];
          });
          const expected = await Promise.all(partsList.map((parts) => contentId(...parts)));
          expect(await contentIds(partsList)).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('numberRepeats', () => {
  it('numbers a repeat of the same parts, long texts compared by content', () => {
    const long = 'x'.repeat(300);
    const sameContent = 'x'.repeat(150) + 'x'.repeat(150);
    const other = 'y'.repeat(300);
    expect(
      numberRepeats([
        ['a', long, '1', '2', 'L'],
        ['a', sameContent, '1', '2', 'L'],
        ['a', other, '1', '2', 'L'],
        ['a', long, '1', '2', 'L'],
        ['a', long, '1', '3', 'L'],
        // A short part spelled like the key a long one gets is not mistaken for it.
        ['a', 't0', '1', '2', 'L'],
      ]),
    ).toEqual([
      ['a', long, '1', '2', 'L'],
      ['a', sameContent, '1', '2', 'L', '1'],
      ['a', other, '1', '2', 'L'],
      ['a', long, '1', '2', 'L', '2'],
      ['a', long, '1', '3', 'L'],
      ['a', 't0', '1', '2', 'L'],
    ]);
  });
});

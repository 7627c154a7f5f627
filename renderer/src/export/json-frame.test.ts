import { describe, expect, it } from 'vitest';
import { frameOf, hole, valueAt } from './json-frame';

/** Values as an export's items are: nested, empty, escaped, and beyond the BMP. */
const VALUES: unknown[] = [
  { id: 'a', body: [{ value: 'two\nlines "quoted"' }], target: { selector: [] }, empty: {} },
  [1, [2, [3, []]], { deep: { deeper: ['🎥', 'café'] } }],
  'a string',
  42,
  null,
  [],
  {},
];

describe('valueAt', () => {
  it('writes a value byte for byte as JSON.stringify writes it inside a document, at every depth', () => {
    for (const value of VALUES) {
      for (let depth = 1; depth < 6; depth++) {
        // The value as a document holds it, `depth` members deep.
        let document: unknown = { x: hole(0) };
        for (let d = 1; d < depth; d++) document = { [`level${d}`]: document };
        const frame = frameOf(document, 1);
        const whole = frame.between[0]! + valueAt(value, frame.indents[0]!) + frame.between[1]!;
        let expected: unknown = { x: value };
        for (let d = 1; d < depth; d++) expected = { [`level${d}`]: expected };
        expect(whole).toBe(JSON.stringify(expected, null, 2));
      }
    }
  });

  it('indents by any other indent as a document would be, line by line', () => {
    const value = { a: [1, { b: 'c' }] };
    expect(valueAt(value, '')).toBe(JSON.stringify(value, null, 2));
    expect(valueAt(value, '\t ')).toBe(JSON.stringify(value, null, 2).replace(/\n/g, '\n\t '));
    expect(valueAt(value, ' ')).toBe(JSON.stringify(value, null, 2).replace(/\n/g, '\n '));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeKeys, unescapeKeys } from './escape-keys';

describe('escapeKeys', () => {
  it('escapes the keys the export loses, and nothing else', () => {
    expect(escapeKeys({ incomplete: 1, '': [], a: { '~': 2, '~incomplete': 3, b: 4 } })).toEqual({
      '~incomplete': 1,
      '~': [],
      a: { '~~': 2, '~~incomplete': 3, b: 4 },
    });
  });

  it('keeps both members when an empty key and a `~` key sit side by side', () => {
    const row = { '': false, '~': {}, '~~incomplete': 1, incomplete: 2 };
    expect(escapeKeys(row)).toEqual({ '~': false, '~~': {}, '~~~incomplete': 1, '~incomplete': 2 });
    expect(unescapeKeys(escapeKeys(row))).toEqual(row);
  });

  it('passes rows without such keys through as the same objects', () => {
    const row = { id: 'a', span: { start: 1 }, list: [{ x: 1 }] };
    expect(escapeKeys(row)).toBe(row);
    expect(unescapeKeys(row)).toBe(row);
  });

  it('gives every JSON value back as it was', () => {
    // Own `__proto__` keys aside: `toEqual` and object spread treat them as the prototype.
    const json = fc
      .jsonValue()
      .filter((value) => !JSON.stringify(value ?? null).includes('"__proto__"'));
    fc.assert(
      fc.property(json, (value) => {
        expect(unescapeKeys(escapeKeys(value))).toEqual(value);
      }),
    );
  });
});

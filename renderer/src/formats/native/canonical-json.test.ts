import { describe, expect, it } from 'vitest';
import { canonicalize } from './canonical-json';

describe('canonicalize', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    const value = { b: 1, a: { d: [{ z: 1, y: undefined, x: 2 }], c: 'c' }, e: undefined };
    expect(JSON.stringify(canonicalize(value))).toBe('{"a":{"c":"c","d":[{"x":2,"z":1}]},"b":1}');
  });

  it('keeps a key named __proto__ as a key, never as the prototype', () => {
    const value = JSON.parse('{"b": 1, "__proto__": {"polluted": true}}') as object;
    const out = canonicalize(value) as Record<string, unknown>;
    expect(JSON.stringify(out)).toBe('{"__proto__":{"polluted":true},"b":1}');
    expect((out as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

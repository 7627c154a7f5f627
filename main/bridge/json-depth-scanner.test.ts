import { describe, expect, it } from 'vitest';
import { createJsonDepthScanner } from './json-depth-scanner';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('createJsonDepthScanner', () => {
  it('passes nesting up to the limit and refuses the first level past it, for good', () => {
    const atLimit = createJsonDepthScanner(3);
    expect(atLimit.push(bytes('{"a":[[1],[2]],"b":{}}'))).toBe(true);

    const past = createJsonDepthScanner(3);
    expect(past.push(bytes('[[['))).toBe(true);
    expect(past.push(bytes('['))).toBe(false);
    expect(past.push(bytes(']]]]'))).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    const scanner = createJsonDepthScanner(2);
    expect(scanner.push(bytes('[{"name":"[[[[{{{{","note":"say \\"[[[[\\" and \\\\"},'))).toBe(
      true,
    );
    expect(scanner.push(bytes('"]]]]"]'))).toBe(true);
    // Back outside the strings, nesting counts again.
    expect(scanner.push(bytes('[[['))).toBe(false);
  });

  it('keeps its place across chunks split anywhere, even inside an escape or a character', () => {
    const text = '{"args":[[{"name":"é\\"[[[[[[","base64":"QUJD"}]]}';
    const whole = bytes(text);
    for (let cut = 1; cut < whole.length; cut++) {
      const scanner = createJsonDepthScanner(4);
      expect(scanner.push(whole.subarray(0, cut))).toBe(true);
      expect(scanner.push(whole.subarray(cut))).toBe(true);
    }
  });

  it('scans a 28 MB upload (a 20 MB file as base64) in a few seconds at most', () => {
    const body = bytes(`{"args":[[{"name":"a.txt","base64":"${'QUFB'.repeat(7_000_000)}"}]]}`);
    const started = performance.now();
    expect(createJsonDepthScanner(32).push(body)).toBe(true);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchQuote, similarity, substringDistance } from './match-quote';
import { quoteOf } from './quote-of';

describe('matchQuote', () => {
  it('prefers the occurrence whose context matches over the nearer one', () => {
    const text = 'Smith said: prices rose. Jones said: prices rose. Smith said: prices fell.';
    const at = text.indexOf('prices rose', 30);
    const quote = quoteOf(text, { start: at, end: at + 11 });
    expect(matchQuote(text, quote, { hint: 0 })).toMatchObject({ start: at, errors: 0 });
  });

  it('uses the position hint when contexts are identical', () => {
    const line = 'Breaking: prices rose again. ';
    const text = line.repeat(4);
    const quote = { exact: 'prices rose', prefix: 'Breaking: ', suffix: ' again. ' };
    const third = 2 * line.length + 10;
    expect(matchQuote(text, quote, { hint: third + 3 })?.start).toBe(third);
  });

  it('finds an approximate match and rejects unrelated text', () => {
    const text = 'The central bank raised its main interest rate by half a point.';
    const quote = {
      exact: 'raised its key interest rate',
      prefix: 'The central bank ',
      suffix: ' by half a point.',
    };
    const match = matchQuote(text, quote);
    expect(match).not.toBeNull();
    expect(text.slice(match!.start, match!.end)).toBe('raised its main interest rate');
    expect(match!.errors).toBeGreaterThan(0);
    const unrelated = { exact: 'football results for the weekend', prefix: '', suffix: '' };
    expect(matchQuote(text, unrelated)).toBeNull();
  });

  it('never splits a surrogate pair or a combining sequence in a fuzzy match', () => {
    const text = 'Crowd cheered 🎉🎉 at cafe\u0301 opening';
    const quote = { exact: 'cheered 🎉🎉 at caf', prefix: 'Crowd ', suffix: 'e\u0301 opening' };
    const changed = text.replace('cheered', 'cheers');
    const match = matchQuote(changed, quote)!;
    expect(match).not.toBeNull();
    const placed = changed.slice(match.start, match.end);
    // In a `u` regular expression a surrogate class only matches unpaired halves.
    expect(/[\ud800-\udfff]/u.test(placed)).toBe(false);
    expect(/^\p{M}/u.test(changed.slice(match.end))).toBe(false);
  });

  it('scores similarity of context', () => {
    expect(similarity('abc', 'abc')).toBe(1);
    expect(similarity('', 'abc')).toBe(0);
    expect(similarity('xyz', '')).toBe(1);
    expect(similarity('abd', 'abc')).toBeCloseTo(2 / 3);
  });
});

/** The textbook dynamic programme (Sellers) that `substringDistance` must agree with. */
function naiveSubstringDistance(text: string, pattern: string): number {
  let row = Array.from({ length: text.length + 1 }, () => 0);
  for (let i = 1; i <= pattern.length; i++) {
    const next = [i];
    for (let j = 1; j <= text.length; j++) {
      const cost = text[j - 1] === pattern[i - 1] ? 0 : 1;
      next.push(Math.min(row[j - 1]! + cost, row[j]! + 1, next[j - 1]! + 1));
    }
    row = next;
  }
  return Math.min(...row);
}

describe('substringDistance', () => {
  it('agrees with the dynamic programme for patterns up to 32 code units', () => {
    const unit = fc.constantFrom('a', 'b', 'c', ' ', 'é', '\u0301', '\ud83c', '\udf89');
    const string = (max: number) => fc.array(unit, { maxLength: max }).map((u) => u.join(''));
    fc.assert(
      fc.property(
        string(60),
        string(32).filter((p) => p.length > 0),
        (text, pattern) => {
          expect(substringDistance(text, pattern)).toBe(naiveSubstringDistance(text, pattern));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

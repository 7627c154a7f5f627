import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation, ArticleId, AuthorId } from '../../annotation/types';
import { quoteOf } from '../../anchoring/quote-of';
import type { SetArticle } from '../native/annotation-set';
import { codePointOffsets } from '../shared/code-point-offsets';
import { fromW3c } from './from-w3c';
import { createQuoteOccurrences } from './quote-occurrences';
import { anchorTarget } from './w3c-anchor';
import type { ReadTarget } from './w3c-read';

/** The quote search as it was before the index: every occurrence weighed, per annotation. */
function searchedBefore(text: string, target: Required<Pick<ReadTarget, 'quote'>>, hint: number) {
  const { quote } = target;
  let best: { start: number; score: number } | undefined;
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    const fits =
      Number(text.slice(0, at).endsWith(quote.prefix)) +
      Number(text.slice(at + quote.exact.length).startsWith(quote.suffix));
    const score = fits * text.length * 2 - Math.abs(at - hint);
    if (!best || score > best.score) best = { start: at, score };
  }
  return best?.start;
}

describe('anchorTarget by quote', () => {
  const text = 'Smith said: prices rose. Jones said: prices rose. Smith said: prices fell.';
  const anchor = (quote: { exact: string; prefix: string; suffix: string }) =>
    anchorTarget(text, codePointOffsets(text), { quote });

  it('takes the occurrence whose prefix and suffix both fit', () => {
    const second = text.indexOf('prices rose', 30);
    expect(anchor({ exact: 'prices rose', prefix: 'Jones said: ', suffix: '.' })).toEqual({
      start: second,
      end: second + 11,
    });
  });

  it('takes one fitting context over none, and the first when the context is shared', () => {
    const third = text.indexOf('prices', 50);
    expect(anchor({ exact: 'prices', prefix: 'nobody: ', suffix: ' fell' })).toMatchObject({
      start: third,
    });
    expect(anchor({ exact: 'prices rose', prefix: 'said: ', suffix: '' })).toMatchObject({
      start: text.indexOf('prices rose'),
    });
  });

  it('takes the occurrence nearest the stated position when contexts do not decide', () => {
    // Positions point into "Smith said: prices fell" but the quote differs: the hint is 62.
    const target = {
      position: { start: 62, end: 73 },
      quote: { exact: 'prices rose', prefix: '', suffix: '' },
    };
    expect(anchorTarget(text, codePointOffsets(text), target)).toMatchObject({
      start: text.indexOf('prices rose', 30),
    });
  });

  it('places every quote where the search before the index did', () => {
    const small = fc.string({ unit: fc.constantFrom('a', 'b', ' '), maxLength: 40 });
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' '), minLength: 1, maxLength: 120 }),
        fc.string({ unit: fc.constantFrom('a', 'b', ' '), minLength: 1, maxLength: 4 }),
        small,
        small,
        fc.nat(130),
        (text, exact, prefix, suffix, hint) => {
          const quote = { exact, prefix, suffix };
          const before = searchedBefore(text, { quote }, hint);
          const index = createQuoteOccurrences(text);
          expect(index.bestFit(quote, hint)).toBe(before);
          // Asked again through the same index (groupings now cached): the same answer.
          expect(index.bestFit(quote, hint)).toBe(before);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('compares contexts longer than the indexed 32 code units in full', () => {
    const head = 'x'.repeat(40);
    const text = `${head}A${'y'.repeat(40)}e${head}B${'y'.repeat(40)}e`;
    const second = text.lastIndexOf('e');
    const index = createQuoteOccurrences(text);
    expect(index.bestFit({ exact: 'e', prefix: `B${'y'.repeat(40)}`, suffix: '' }, 0)).toBe(second);
  });
});

describe('W3C import of many annotations on one article', () => {
  /** A 200 KB text of pseudo-random letters (seeded), so 64 units of context are unique. */
  function article(): SetArticle {
    let seed = 7;
    const letters = 'abcdefghijklmnop e';
    const chars: string[] = [];
    for (let i = 0; i < 200_000; i++) {
      // xorshift32, exact in 32-bit integers (a float LCG loses its low bits and repeats).
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      chars.push(letters[(seed >>> 0) % letters.length]!);
    }
    return {
      id: 'a1' as ArticleId,
      title: 'T',
      textSha256: '0'.repeat(64),
      text: chars.join(''),
      sourceName: 's',
    };
  }

  function quotingE(text: string, count: number) {
    const starts: number[] = [];
    for (let at = text.indexOf('e', 100); starts.length < count; at = text.indexOf('e', at + 50)) {
      starts.push(at);
    }
    const items = starts.map((start) => ({
      type: 'Annotation',
      body: { type: 'TextualBody', purpose: 'tagging', value: 'Claim' },
      'sourcemark:articleId': 'a1',
      target: {
        selector: { type: 'TextQuoteSelector', ...quoteOf(text, { start, end: start + 1 }) },
      },
    }));
    return { starts, items };
  }

  function importCounting(items: unknown[], articles: SetArticle[]) {
    let scans = 0;
    let n = 0;
    const read = fromW3c(items, {
      articles,
      author: 'u1' as AuthorId,
      codebook: { codebookId: 'cb', version: 1 },
      newId: () => `n${++n}`,
      onTextScan: () => scans++,
    });
    return { read, scans };
  }

  const spansOf = (annotations: Annotation[]) =>
    annotations.map((a) => (a.kind === 'span' ? a.span.start : -1));

  it('scans the text once per distinct quote, not once per annotation', () => {
    const articles = [article()];
    const text = articles[0]!.text!;
    const few = quotingE(text, 300);
    const many = quotingE(text, 3000);
    const small = importCounting(few.items, articles);
    const large = importCounting(many.items, articles);
    expect(spansOf(large.read.annotations)).toEqual(many.starts);
    expect(spansOf(small.read.annotations)).toEqual(few.starts);
    expect(small.scans).toBe(1);
    expect(large.scans).toBe(1);
  });

  it('scans once per article for one quote spread over several articles', () => {
    const one = article();
    const two = { ...one, id: 'a2' as ArticleId, text: one.text!.split('').reverse().join('') };
    const items = [
      ...quotingE(one.text!, 50).items,
      ...quotingE(two.text, 50).items.map((item) => ({ ...item, 'sourcemark:articleId': 'a2' })),
    ];
    const { read, scans } = importCounting(items, [one, two]);
    expect(read.annotations).toHaveLength(100);
    expect(scans).toBe(2);
  });
});

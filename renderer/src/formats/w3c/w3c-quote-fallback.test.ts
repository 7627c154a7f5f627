import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticleId, AuthorId } from '../../annotation/types';
import type { SetArticle } from '../native/annotation-set';
import { fromW3c } from './from-w3c';

const TEXT = 'Bakou, 11 mars. Djeyhoun Baïramov a rencontré Murat Nurtleu à Astana hier.';
/** The library's copy: the same article with a correction elsewhere, so another SHA-256. */
const CORRECTED = TEXT.replace('hier', 'mardi');
const OTHER = 'Un autre article, où Murat Nurtleu est cité sans Baïramov.';

const article = (id: string, text: string): SetArticle => ({
  id: id as ArticleId,
  title: id,
  textSha256: (id === 'other' ? 'b' : 'c').repeat(64),
  text,
  sourceName: `${id}.txt`,
});

/** A W3C annotation from another tool: a source the library does not know, and a quote. */
function annotation(phrase: string, n: number, source = 'https://example.org/depeche') {
  const start = TEXT.indexOf(phrase);
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `https://example.org/anno/${n}`,
    type: 'Annotation',
    body: { type: 'TextualBody', purpose: 'tagging', value: 'Person' },
    target: {
      source,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: phrase,
          prefix: TEXT.slice(Math.max(0, start - 8), start),
          suffix: TEXT.slice(start + phrase.length, start + phrase.length + 8),
        },
        { type: 'TextPositionSelector', start: [...TEXT.slice(0, start)].length, end: 0 },
      ],
    },
  };
}

const context = (articles: SetArticle[]) => ({
  articles,
  author: 'colleague' as AuthorId,
  codebook: { codebookId: 'cb', version: 1 },
  now: () => '2026-03-11T10:00:00.000Z',
});

afterEach(() => vi.restoreAllMocks());

describe('W3C targets whose source is not in the library', () => {
  it('are placed in the article whose text holds their quote with its context', () => {
    const library = [article('other', OTHER), article('mine', CORRECTED)];
    const read = fromW3c(
      [annotation('Djeyhoun Baïramov', 1), annotation('Murat Nurtleu', 2)],
      context(library),
    );
    expect(read.results.map((r) => r.kind)).toEqual(['imported', 'imported']);
    for (const a of read.annotations) {
      expect(a.articleId).toBe('mine');
      expect(a.kind === 'span' && CORRECTED.slice(a.span.start, a.span.end)).toBe(
        a.kind === 'span' && a.quote.exact,
      );
      expect(read.foundByQuote.get(a.id)?.id).toBe('mine');
    }
  });

  it('are reported, never guessed, when no text holds the quote', () => {
    const read = fromW3c([annotation('Djeyhoun Baïramov', 1)], context([article('other', OTHER)]));
    expect(read.results).toEqual([
      expect.objectContaining({
        kind: 'error',
        reason: 'its target is not an article in the library, and no article holds its quote',
      }),
    ]);
  });

  it('search the library once per source, not once per annotation', () => {
    const library = [
      ...Array.from({ length: 40 }, (_, i) => article(`other-${i}`, `${OTHER} ${i}`)),
      article('mine', CORRECTED),
    ];
    const phrases = ['Djeyhoun Baïramov', 'Murat Nurtleu', 'Astana', 'Bakou', 'rencontré'];
    const many = Array.from({ length: 1000 }, (_, n) => annotation(phrases[n % 5]!, n));
    const includes = vi.spyOn(String.prototype, 'includes');
    const read = fromW3c(many, context(library));
    expect(read.annotations).toHaveLength(1000);
    // One probe over the 41 texts, and nothing per annotation: a search per annotation
    // would make 41,000 calls.
    expect(includes.mock.calls.length).toBeLessThan(200);
  });
});

/**
 * Finding the text of a CoNLL document, which holds tokens and no text. Tokens drop only
 * whitespace, so a document's characters without whitespace are a library article's
 * characters without whitespace (its tokenisation, as `tokenize.ts` cuts it, equals the
 * document's) or a stretch of them (the document is an excerpt). Comparing characters
 * rather than tokens also finds an article that another tokenizer cut (CoNLL-2003's
 * `U.S.`, `n't`). An excerpt must start and end at token edges of the article and be found
 * once in the whole library: a short run of common words found twice is not guessed.
 * When nothing matches, the document becomes a new article: its tokens joined by spaces,
 * one sentence a line.
 */
import type { TextSpan } from '../../annotation/types';
import { tokenizeSentences } from './tokenize';

/** A library article as matching needs it. */
export interface LibraryText {
  id: string;
  title: string;
  text: string;
}

/** Where a document's tokens lie: in a library article, or in a text built from them. */
export interface AlignedDocument {
  kind: 'same' | 'excerpt' | 'created';
  /** The library article's id (`same`, `excerpt`). */
  articleId?: string;
  title?: string;
  text: string;
  /** Each token's range in `text`, in code units, in document order. */
  ranges: TextSpan[];
}

/** The library, indexed for matching documents. */
export interface LibraryIndex {
  align(sentences: readonly (readonly string[])[]): AlignedDocument;
}

/** Indexes `articles`; the whitespace-free texts are built once, on first use. */
export function indexLibrary(articles: readonly LibraryText[]): LibraryIndex {
  let byStream: Map<string, LibraryText> | undefined;
  let joined: { all: string; starts: number[] } | undefined;
  const streams = () => {
    if (!byStream) {
      byStream = new Map();
      for (const a of articles) {
        const stream = strip(a.text);
        if (!byStream.has(stream)) byStream.set(stream, a);
      }
    }
    return byStream;
  };
  const all = () => {
    if (!joined) {
      const starts: number[] = [];
      let at = 0;
      for (const a of articles) {
        starts.push(at);
        at += strip(a.text).length + 1;
      }
      // U+0000 never occurs in a normalised text, so no match spans two articles.
      joined = { all: articles.map((a) => strip(a.text)).join('\u0000'), starts };
    }
    return joined;
  };
  return {
    align(sentences) {
      const tokens = sentences.flat();
      const stream = tokens.map(strip).join('');
      const same = stream ? streams().get(stream) : undefined;
      if (same) return placed('same', same, 0, tokens);
      const excerpt = stream ? findExcerpt(stream, tokens, articles, all()) : undefined;
      return excerpt ?? created(sentences);
    },
  };
}

/**
 * Places met before an excerpt is called ambiguous unchecked: a short document ("Le") occurs
 * thousands of times, and checking each place's token edges re-reads its article.
 */
const MAX_EXCERPT_PLACES = 64;

/** The one place `stream` occurs in the library at token edges, or `undefined`. */
function findExcerpt(
  stream: string,
  tokens: readonly string[],
  articles: readonly LibraryText[],
  { all, starts }: { all: string; starts: number[] },
): AlignedDocument | undefined {
  let found: AlignedDocument | undefined;
  let places = 0;
  for (let at = all.indexOf(stream); at !== -1; at = all.indexOf(stream, at + 1)) {
    if (++places > MAX_EXCERPT_PLACES) return undefined;
    const n = lastAtOrBefore(starts, at);
    const article = articles[n]!;
    const aligned = placed('excerpt', article, at - starts[n]!, tokens);
    if (!atTokenEdges(article.text, aligned.ranges)) continue;
    if (found) return undefined; // Twice: ambiguous.
    found = aligned;
  }
  return found;
}

/** The tokens' ranges in `article`, starting `skip` non-space characters in. */
function placed(
  kind: 'same' | 'excerpt',
  article: LibraryText,
  skip: number,
  tokens: readonly string[],
): AlignedDocument {
  const { text } = article;
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  for (let n = 0; n < skip; n++) {
    skipSpace();
    i++;
  }
  const ranges = tokens.map((token) => {
    let start = -1;
    for (const char of strip(token)) {
      skipSpace();
      if (start === -1) start = i;
      i += char.length;
    }
    return { start: Math.max(start, 0), end: i };
  });
  return { kind, articleId: article.id, title: article.title, text, ranges };
}

/** Whether the excerpt starts at a token start and ends at a token end of `text`. */
function atTokenEdges(text: string, ranges: readonly TextSpan[]): boolean {
  const first = ranges[0]?.start;
  const last = ranges[ranges.length - 1]?.end;
  const tokens = tokenizeSentences(text).flat();
  return tokens.some((t) => t.start === first) && tokens.some((t) => t.end === last);
}

/** A new text: tokens joined by spaces, one sentence a line. */
function created(sentences: readonly (readonly string[])[]): AlignedDocument {
  const ranges: TextSpan[] = [];
  let text = '';
  sentences.forEach((sentence, s) => {
    if (s > 0) text += '\n';
    sentence.forEach((token, t) => {
      if (t > 0) text += ' ';
      ranges.push({ start: text.length, end: text.length + token.length });
      text += token;
    });
  });
  return { kind: 'created', text, ranges };
}

function strip(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The index of the last of the ascending `starts` at or before `at`. */
function lastAtOrBefore(starts: readonly number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

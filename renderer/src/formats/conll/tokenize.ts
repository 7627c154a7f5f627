/**
 * The simple tokenizer behind the CoNLL export: words (letters, digits and their combining
 * marks), numbers with inner separators (`3,5`, `1.000`), and every other non-space
 * character alone. Sentences end after `.`, `!`, `?`, `…` or at a blank line. Good enough for
 * training-data interchange; not a linguistic tokenizer.
 */

/** A token with its code-unit range in the text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]\p{M}*/gu;
const SENTENCE_END = /^[.!?…]+$/;

/** Splits `text` into sentences of tokens (no empty sentence). */
export function tokenizeSentences(text: string): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    if (current.length && /\n[^\S\n]*\n/.test(text.slice(last, start))) {
      sentences.push(current);
      current = [];
    }
    current.push({ text: m[0], start, end: start + m[0].length });
    last = start + m[0].length;
    if (SENTENCE_END.test(m[0])) {
      sentences.push(current);
      current = [];
    }
  }
  if (current.length) sentences.push(current);
  return sentences;
}

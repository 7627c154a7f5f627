/**
 * Round trips through every format, on generated sets (emoji, skin tones, a combining mark
 * with no composed form, Hebrew and Arabic, overlapping spans, notes, attributes, links):
 * export as the Export dialog does, import into a fresh profile, export again.
 * - Every annotation the format carries comes back on the same characters with the same
 *   label, and with the attributes, note and links the format carries, as the format
 *   writes them (brat's names and values made brat-safe, its notes on one line).
 * - The import reports every annotation imported, none an error or a duplicate.
 * - What comes back is a fixed point: importing the second export gives the same set.
 * CSV has no importer, so it has no round trip. REFI-QDA's is in `round-trip-qdpx.test.ts`
 * (it needs a DOMParser).
 */
import 'fake-indexeddb/auto';
import { describe, it } from 'vitest';
import type { Annotation, AttributeValue, TextSpan } from '../annotation/types';
import { bratLineText, bratName } from '../formats/brat/brat-names';
import { tokenizeSentences, type Token } from '../formats/conll/tokenize';
import type { AnnotationSet, SetArticle } from '../formats/native/annotation-set';
import { FULL, roundTripProperty, sortedAttributes, type FormatCase } from './round-trip-testing';

const isSpan = (a: Annotation) => a.kind === 'span';
const isTechnique = (a: Annotation) => isSpan(a) && a.itemId === 'technique.loaded-language';
const isEntity = (a: Annotation) =>
  isSpan(a) && (a.itemId === 'entity.person' || a.itemId === 'entity.organisation');

/** brat's attributes as it writes them: names and values brat-safe, false flags absent. */
function bratAttributes(annotation: Annotation): [string, AttributeValue][] {
  return sortedAttributes(annotation).flatMap(([key, value]): [string, AttributeValue][] => {
    const v = value as AttributeValue;
    if (v === false || (Array.isArray(v) && v.length === 0)) return [];
    if (v === true) return [[bratName(key), true]];
    // A one-value list comes back as its value (a declared loss of the brat export).
    if (Array.isArray(v))
      return [[bratName(key), v.length === 1 ? bratName(v[0]!) : v.map(bratName)]];
    return [[bratName(key), bratName(v)]];
  });
}

/** The tokens of `text`, each with its sentence's number. */
function tokensOf(text: string): (Token & { sentence: number })[] {
  return tokenizeSentences(text).flatMap((tokens, sentence) =>
    tokens.map((token) => ({ ...token, sentence })),
  );
}

function touched(text: string, span: TextSpan) {
  return tokensOf(text).filter((t) => t.end > span.start && t.start < span.end);
}

/** A span as CoNLL gives it back: its first touched token's start to its last's end. */
function toWholeTokens(text: string, span: TextSpan): TextSpan {
  const tokens = touched(text, span);
  return tokens.length ? { start: tokens[0]!.start, end: tokens.at(-1)!.end } : span;
}

/**
 * Whether CoNLL can carry every entity of `article`: each touches a token, within one
 * sentence, and no two share a token (IOB2 tags a token once; the exporter counts the rest).
 */
function conllCarries(set: AnnotationSet, article: SetArticle): boolean {
  const text = article.text ?? '';
  const tagged = new Set<number>();
  for (const a of set.annotations) {
    if (a.articleId !== article.id || !isEntity(a) || a.kind !== 'span') continue;
    const tokens = touched(text, a.span);
    if (tokens.length === 0 || tokens[0]!.sentence !== tokens.at(-1)!.sentence) return false;
    for (const token of tokens) {
      if (tagged.has(token.start)) return false;
      tagged.add(token.start);
    }
  }
  return true;
}

/** What brat's export must say it changed about `annotation`. */
function bratLosses(annotation: Annotation): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(annotation.attributes)) {
    const values = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    if (Array.isArray(value) && value.length === 1)
      out.push('one-value lists in attributes (read back as a single value)');
    if (bratName(key) !== key || values.some((v) => bratName(v) !== v))
      out.push('attribute names or values with spaces (written with _)');
  }
  if (/[\t\r\n]/.test(annotation.note)) out.push('line breaks in notes (written as spaces)');
  return out;
}

const CASES: FormatCase[] = [
  { format: 'native', carried: FULL, writes: () => true },
  { format: 'w3c', carried: FULL, writes: () => true },
  {
    format: 'brat',
    carried: {
      attributes: bratAttributes,
      note: (a) => (a.note === '' ? '' : bratLineText(a.note)),
      links: true,
      entity: true,
    },
    writes: isSpan,
    declares: bratLosses,
  },
  { format: 'doccano', carried: { links: true }, writes: isSpan },
  { format: 'label-studio', carried: { note: (a) => a.note, links: true }, writes: isSpan },
  { format: 'semeval', scheme: 'semeval2023', carried: {}, writes: isTechnique },
  { format: 'semeval', scheme: 'ptc2020', carried: {}, writes: isTechnique },
  {
    format: 'conll',
    carried: { span: toWholeTokens },
    writes: isEntity,
    declares: (a, text) => {
      if (a.kind !== 'span') return [];
      const whole = toWholeTokens(text, a.span);
      const isWhole = whole.start === a.span.start && whole.end === a.span.end;
      return isWhole ? [] : ['span edges inside a word (read back as whole words)'];
    },
    needsLibrary: true,
    // Left out, as CoNLL cannot tell them apart: a file of no token at all (the importer
    // refuses it), and two articles with the same tokens (" {" and "{").
    accepts: (set) => {
      const words = set.articles.map((a) =>
        tokensOf(a.text ?? '')
          .map((t) => t.text)
          .join(' '),
      );
      return (
        words.some((w) => w !== '') &&
        new Set(words).size === words.length &&
        set.articles.every((article) => conllCarries(set, article))
      );
    },
  },
];

describe('round trip through every format', () => {
  for (const c of CASES) {
    const name = c.scheme ? `${c.format} (${c.scheme})` : c.format;
    it(`${name}: same characters, label and carried fields, and a fixed point`, async () => {
      await roundTripProperty(c);
    }, 120_000);
  }
});

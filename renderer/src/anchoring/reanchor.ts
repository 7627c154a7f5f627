/**
 * Re-anchoring: placing annotations again when their article's text has changed (the file
 * was edited on disk, or a colleague's copy differs in whitespace). Portable anchors
 * (STYLE.md §4): the quote is the truth, offsets are a hint, and an annotation that cannot
 * be placed is reported as orphaned, never dropped.
 *
 * Trade-off: searching every quote costs O(text) or more per annotation, far too slow for
 * 10,000 annotations. So the texts are diffed once, word by word (`offset-map.ts`), each
 * span is carried over by the diff and verified by comparing its quote and context, and only
 * the few annotations that fail (those an edit touched or came near) are searched: verbatim
 * in the whole text (cheap: `indexOf`), approximately in a window around where the diff puts
 * them, and approximately in the text the edits inserted (where an edited quote that moved
 * must be). The diff cannot tell a moved paragraph from a deletion plus an insertion; those
 * searches recover it. A rewrite too large to diff (see `matchTokens`) degrades to searching
 * most annotations through the whole text: slower, but placed the same way.
 */
import type { TextQuote, TextSpan } from '../annotation/types';
import {
  MIN_FUZZY_SCORE,
  matchQuote,
  scoreMatch,
  similarity,
  type QuoteMatch,
} from './match-quote';
import { buildOffsetMap, isUnchanged, mapSpan, type OffsetMap } from './offset-map';

/** An annotation's anchor in the old text. */
export interface Anchor<Id = string> {
  id: Id;
  span: TextSpan;
  quote: TextQuote;
}

/** The outcome for one anchor; `anchor` is always the input, so nothing is lost. */
export type ReanchorResult<Id = string> =
  /** Same offsets, quote unchanged. */
  | { kind: 'exact'; anchor: Anchor<Id>; span: TextSpan }
  /** The verbatim quote, at new offsets. */
  | { kind: 'moved'; anchor: Anchor<Id>; span: TextSpan }
  /** An approximate match: `score` 0..1 weighs quote, context and position (`scoreMatch`). */
  | { kind: 'fuzzy'; anchor: Anchor<Id>; span: TextSpan; score: number; quoteSimilarity: number }
  /** Not found: keep the annotation, show it as orphaned. */
  | { kind: 'orphaned'; anchor: Anchor<Id> };

/** Minimum half-width of the window searched around the diff's placement. */
const WINDOW_PADDING = 64;

/**
 * Places each anchor of `oldText` in `newText`, in input order. Pure; no anchor is dropped.
 * Runs in about O(text + annotations) when edits are local, plus a search for each
 * annotation whose quote the edits touched.
 */
export function reanchorSpans<Id>(
  oldText: string,
  newText: string,
  anchors: readonly Anchor<Id>[],
): ReanchorResult<Id>[] {
  const map = buildOffsetMap(oldText, newText);
  return anchors.map((anchor) => reanchorOne(oldText, newText, map, anchor));
}

function reanchorOne<Id>(
  oldText: string,
  text: string,
  map: OffsetMap,
  anchor: Anchor<Id>,
): ReanchorResult<Id> {
  const { quote } = anchor;
  const mapped = mapSpan(map, anchor.span);
  if (quote.exact.length === 0) return { kind: 'orphaned', anchor };
  const mappedText = text.slice(mapped.start, mapped.end);
  // The fast path: the diff's placement holds the quote in its context. Checking the context
  // too (cheaply, modulo whitespace) matters: a word diff happily aligns a phrase with its
  // twin in another paragraph when paragraphs move, and then the quote alone would verify.
  if (mappedText === quote.exact && hasContext(text, mapped, quote)) return placed(anchor, mapped);

  // Otherwise candidates compete on one score (quote, context, nearness to the diff's
  // placement): the placement itself when it differs only in whitespace (a re-spaced copy:
  // the diff knows its boundaries; in its context it wins outright, like the fast path), any
  // verbatim occurrence, else a fuzzy match nearby, and only when all fail a fuzzy search of
  // the new text.
  const hint = mapped.start;
  let best: Candidate | null = null;
  const isRespaced =
    mappedText !== quote.exact && collapseSpaces(mappedText) === collapseSpaces(quote.exact);
  if (isRespaced) {
    const quoteSimilarity = similarity(mappedText, quote.exact);
    const errors = Math.round((1 - quoteSimilarity) * quote.exact.length);
    const score = scoreMatch(text, quote, mapped.start, mapped.end, errors, hint);
    best = { ...mapped, errors, score, isVerbatim: false };
    if (hasContext(text, mapped, quote)) return result(anchor, best);
  }
  const verbatim = matchQuote(text, quote, { hint, isExactOnly: true });
  // A verbatim twin in unchanged text and a foreign context is most often another mention
  // of a phrase whose own text was deleted: better orphaned (and reviewed) than silently
  // re-attached. Exempt: an occurrence overlapping the diff's placement (it holds the quote's
  // surviving words; only the surroundings were edited) and one in edited text (moved there).
  const isPlausible =
    verbatim &&
    (verbatim.score >= MIN_FUZZY_SCORE ||
      (verbatim.start < mapped.end && mapped.start < verbatim.end) ||
      !isUnchanged(map, verbatim));
  if (verbatim && isPlausible && (!best || verbatim.score > best.score)) {
    best = { ...verbatim, isVerbatim: true };
  }
  if (!isRespaced && (!best || best.score < 1)) {
    const padding = Math.max(WINDOW_PADDING, quote.exact.length);
    const range = { start: mapped.start - padding, end: mapped.end + padding };
    const near = matchQuote(text, quote, { hint, range });
    if (near && near.errors > 0 && (!best || near.score > best.score)) {
      best = { ...near, isVerbatim: false };
    }
  }
  if (!best) {
    // An edited quote that moved can only be in text the old version did not have, unless
    // the anchor was stale (its quote not at its span in the old text): then look everywhere.
    const isStale = oldText.slice(anchor.span.start, anchor.span.end) !== quote.exact;
    const ranges = isStale ? [{ start: 0, end: text.length }] : map.inserted;
    const padding = quote.exact.length;
    for (const range of ranges) {
      const padded = { start: range.start - padding, end: range.end + padding };
      const far = matchQuote(text, quote, { hint, range: padded });
      // A verbatim hit here may be a twin judged implausible above, seen again because it
      // borders an edit: accepted, since bordering an edit is also what a moved quote does.
      if (far && (!best || far.score > best.score)) best = { ...far, isVerbatim: far.errors === 0 };
    }
  }
  return best ? result(anchor, best) : { kind: 'orphaned', anchor };
}

function result<Id>(anchor: Anchor<Id>, best: Candidate): ReanchorResult<Id> {
  if (best.isVerbatim) return placed(anchor, best);
  return {
    kind: 'fuzzy',
    anchor,
    span: { start: best.start, end: best.end },
    score: best.score,
    quoteSimilarity: 1 - best.errors / anchor.quote.exact.length,
  };
}

interface Candidate extends QuoteMatch {
  isVerbatim: boolean;
}

/** Whether the text around `span` ends with the prefix and starts with the suffix, modulo spaces. */
function hasContext(text: string, span: TextSpan, quote: TextQuote): boolean {
  // Twice the context length (plus a little) leaves room for whitespace the copy added.
  const before = text.slice(Math.max(0, span.start - 2 * quote.prefix.length - 8), span.start);
  const after = text.slice(span.end, span.end + 2 * quote.suffix.length + 8);
  return (
    collapseSpaces(before).endsWith(collapseSpaces(quote.prefix)) &&
    collapseSpaces(after).startsWith(collapseSpaces(quote.suffix))
  );
}

function placed<Id>(anchor: Anchor<Id>, at: TextSpan): ReanchorResult<Id> {
  const span = { start: at.start, end: at.end };
  const isSame = span.start === anchor.span.start && span.end === anchor.span.end;
  return { kind: isSame ? 'exact' : 'moved', anchor, span };
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * The one normal form of article text, and the offset map through it.
 *
 * Every annotation offset (UTF-16 code units) counts into the text `normaliseText` returns,
 * and the duplicate check hashes it, so the same article saved with CRLF, with a BOM or with
 * decomposed accents must come out identical, and nothing else may change. Ingestion (main)
 * and the set importers (renderer) both call this module: a text a colleague's file carries
 * is stored, matched and hashed exactly as if the file had been opened from disk, and every
 * offset the file states about its own text is carried through `normaliseWithMap`.
 * Pure: no DOM, no Node.
 */

// C0 controls other than tab and LF (CR is gone by then), plus U+FFFE and U+FFFF, which
// are noncharacters: they mean a misread byte order, never text. DEL and the C1 range are
// also Cc but are left alone, as the contract names only C0.
const STRAY_CONTROL = /(?![\t\n\x7f-\x9f])\p{Cc}|[\ufffe\uffff]/u;

/**
 * Normalises decoded text for storage:
 * - removes every U+FEFF (a byte order mark, at the start or where files were concatenated);
 * - turns CRLF and lone CR line breaks into LF;
 * - removes NUL and the other C0 controls except tab and LF, and U+FFFE/U+FFFF;
 * - composes to Unicode NFC, so "e" + U+0301 and "é" are the same text.
 * Does nothing else: spaces, blank lines, emoji and combining marks that have no
 * composed form are kept. Pure and idempotent.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/\ufeff/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(new RegExp(STRAY_CONTROL.source, 'gu'), '')
    .normalize('NFC');
}

/** Where an offset of the text as given lands in the normal form, and whether exactly. */
export interface MappedOffset {
  offset: number;
  /**
   * False when the offset fell inside a character sequence that NFC composed (between an
   * "e" and its accent): the answer is the composed character's start or end, per `bias`.
   */
  exact: boolean;
}

/** Which way an offset inside a composed sequence moves: a span's start moves back, its end on. */
export type OffsetBias = 'start' | 'end';

/** Offsets between a text as given (a file's own text) and its normal form. */
export interface NormalisationMap {
  /** The normal form (`normaliseText` of the text as given). */
  readonly text: string;
  /** True when the text as given is already in normal form: every offset maps to itself. */
  readonly isIdentity: boolean;
  /** A code-unit offset of the text as given, in the normal form; undefined when out of range. */
  toNormal(offset: number, bias: OffsetBias): MappedOffset | undefined;
  /** A code-unit offset of the normal form, in the text as given (for exports that must match the file). */
  toGiven(offset: number, bias: OffsetBias): MappedOffset | undefined;
}

/**
 * A stretch of the text as given and its normal form. Unchanged stretches map offset by
 * offset; a changed one (a removed BOM, a CRLF, a composed accent) maps only its two ends.
 */
interface Piece {
  givenStart: number;
  givenEnd: number;
  normalStart: number;
  normalEnd: number;
  changed: boolean;
}

// A starter with the marks (and Hangul vowel and final jamo) that NFC may fold into it.
// NFC never composes across such a cluster's edge, except for rare sequences this does not
// model; `normaliseWithMap` checks the result and falls back to one coarse piece then.
const CLUSTER = /[\u1160-\u11ff\p{M}]+|[^\u1160-\u11ff\p{M}][\u1160-\u11ff\p{M}]*/gsu;

/**
 * Normalises `given` as `normaliseText` does, with the map of every offset. Built in one pass;
 * lookups are O(log k) for k changed places, so a file's thousands of spans map cheaply.
 */
export function normaliseWithMap(given: string): NormalisationMap {
  const normal = normaliseText(given);
  if (normal === given) return identityMap(given);
  const pieces = piecesOf(given);
  const joined = pieces.map((p) => p.text).join('');
  const exactPieces: Piece[] =
    joined === normal
      ? pieces.map((p) => p.piece)
      : [
          {
            givenStart: 0,
            givenEnd: given.length,
            normalStart: 0,
            normalEnd: normal.length,
            changed: true,
          },
        ];
  return pieceMap(normal, given.length, exactPieces);
}

function identityMap(text: string): NormalisationMap {
  const same = (offset: number): MappedOffset | undefined =>
    Number.isInteger(offset) && offset >= 0 && offset <= text.length
      ? { offset, exact: true }
      : undefined;
  return { text, isIdentity: true, toNormal: same, toGiven: same };
}

/** Splits `given` into unchanged runs and the changed places, each with its normal form. */
function piecesOf(given: string): { piece: Piece; text: string }[] {
  const out: { piece: Piece; text: string }[] = [];
  let normalAt = 0;
  const push = (givenStart: number, givenEnd: number, text: string, changed: boolean) => {
    const last = out[out.length - 1];
    const piece = {
      givenStart,
      givenEnd,
      normalStart: normalAt,
      normalEnd: normalAt + text.length,
      changed,
    };
    normalAt += text.length;
    // Neighbouring unchanged runs are one run: the map stays as small as the changes.
    if (!changed && last && !last.piece.changed) {
      last.piece.givenEnd = givenEnd;
      last.piece.normalEnd = piece.normalEnd;
      last.text += text;
      return;
    }
    out.push({ piece, text });
  };
  let skipTo = 0;
  for (const match of given.matchAll(CLUSTER)) {
    const start = match.index;
    const cluster = match[0];
    if (start < skipTo) continue;
    // A CRLF is one line break: an offset between its CR and LF is inside it, not exact.
    if (cluster === '\r' && given[start + 1] === '\n') {
      push(start, start + 2, '\n', true);
      skipTo = start + 2;
      continue;
    }
    const cleaned = cluster.replace(/\ufeff/g, '').replace(/\r/g, '\n');
    const kept = [...cleaned].filter((c) => !STRAY_CONTROL.test(c)).join('');
    const composed = kept.normalize('NFC');
    push(start, start + cluster.length, composed, composed !== cluster);
  }
  return out;
}

function pieceMap(normal: string, givenLength: number, pieces: Piece[]): NormalisationMap {
  const lookup = (
    offset: number,
    bias: OffsetBias,
    from: 'given' | 'normal',
  ): MappedOffset | undefined => {
    const length = from === 'given' ? givenLength : normal.length;
    if (!Number.isInteger(offset) || offset < 0 || offset > length) return undefined;
    const startOf = (p: Piece) => (from === 'given' ? p.givenStart : p.normalStart);
    const endOf = (p: Piece) => (from === 'given' ? p.givenEnd : p.normalEnd);
    const otherStart = (p: Piece) => (from === 'given' ? p.normalStart : p.givenStart);
    const otherEnd = (p: Piece) => (from === 'given' ? p.normalEnd : p.givenEnd);
    // The first piece ending at or after the offset (pieces tile both texts in order).
    let low = 0;
    let high = pieces.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (endOf(pieces[mid]!) < offset) low = mid + 1;
      else high = mid;
    }
    const first = pieces[low]!;
    if (startOf(first) < offset && offset < endOf(first)) {
      if (!first.changed)
        return { offset: otherStart(first) + offset - startOf(first), exact: true };
      return { offset: bias === 'start' ? otherStart(first) : otherEnd(first), exact: false };
    }
    // On a boundary. Where removed characters (a BOM, the CR of a CRLF) sit, one offset of
    // one text is several of the other: a span's start goes after them, its end before.
    const candidates: number[] = [];
    for (let i = low; i < pieces.length && startOf(pieces[i]!) <= offset; i++) {
      const piece = pieces[i]!;
      if (endOf(piece) === offset) candidates.push(otherEnd(piece));
      if (startOf(piece) === offset) candidates.push(otherStart(piece));
    }
    const mapped = bias === 'start' ? Math.max(...candidates) : Math.min(...candidates);
    return { offset: mapped, exact: true };
  };
  return {
    text: normal,
    isIdentity: false,
    toNormal: (offset, bias) => lookup(offset, bias, 'given'),
    toGiven: (offset, bias) => lookup(offset, bias, 'normal'),
  };
}

/**
 * Picks the legacy (pre-Unicode) encoding of bytes that are not valid UTF-8.
 *
 * chardet proposes candidates with a confidence; a fixed list of the single-byte encodings
 * our sources use (Western, Turkish, Central European, Cyrillic, Greek, Baltic) is always
 * added, because chardet's first choice between close relatives is often wrong. Each
 * candidate decodes a sample and `scoreDecoding` counts its flaws; the fewest flaws win,
 * then the page's own declaration, then single-byte over multi-byte, then chardet's
 * confidence, then the order of `PREFERRED`.
 */
import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { sampleNonAscii } from './sample-non-ascii';
import { scoreDecoding, type DecodingFlaws } from './score-decoding';

/** Single-byte encodings always tried, most likely first (the last tie-break). */
export const PREFERRED = [
  'windows-1252',
  'windows-1254',
  'windows-1250',
  'windows-1251',
  'KOI8-R',
  'windows-1253',
  'windows-1257',
  'ISO-8859-15',
] as const;

// Judging every candidate on 64 KB costs more than the rest of ingestion together, so all
// are screened on a short sample and only the few best are judged on the full one.
const SAMPLE_BYTES = 64 * 1024;
const SCREEN_BYTES = 4 * 1024;
const FINALISTS = 4;
/** Screened candidates this far behind the best one are out. */
const SCREEN_MARGIN = 2;

/** The chosen encoding and the flaws of its decoding of the sample. */
export interface LegacyGuess {
  encoding: string;
  flaws: DecodingFlaws;
}

interface Candidate {
  encoding: string;
  confidence: number;
  isDeclared: boolean;
  rank: number;
}

interface Judged extends Candidate {
  flaws: DecodingFlaws;
}

const NOT_LEGACY = /^(utf-|ascii$|iso_2022|iso-2022|mbcs$|sbcs$)/i;
// Multi-byte Asian encodings read almost any short byte pair as some ideogram; on equal
// flaws, the single-byte reading is the likelier one for our sources.
const MULTI_BYTE = /^(shift_jis|euc-|gb|big5)/i;

// Windows supersets of ISO tables read every byte the same except 0x80–0x9F, where the
// ISO table has invisible C1 controls and Windows has the curly quotes and dashes real
// files contain. Browsers make the same substitution (WHATWG Encoding Standard).
const SUPERSET: Readonly<Record<string, string>> = {
  'ISO-8859-1': 'windows-1252',
  'ISO-8859-9': 'windows-1254',
};

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function weight(flaws: DecodingFlaws): number {
  return flaws.badChars * 2 + flaws.badWords + flaws.foreignLetters * 2;
}

function compare(a: Judged, b: Judged): number {
  return (
    weight(a.flaws) - weight(b.flaws) ||
    Number(b.isDeclared) - Number(a.isDeclared) ||
    Number(MULTI_BYTE.test(a.encoding)) - Number(MULTI_BYTE.test(b.encoding)) ||
    b.confidence - a.confidence ||
    a.rank - b.rank
  );
}

function candidatesFor(sample: Buffer, declared: string | undefined): Candidate[] {
  const confidences = new Map<string, number>();
  for (const match of analyse(sample)) {
    const name = SUPERSET[match.name] ?? match.name;
    if (!NOT_LEGACY.test(name) && !confidences.has(name)) confidences.set(name, match.confidence);
  }
  const names = new Set<string>([...confidences.keys(), ...PREFERRED]);
  const usableDeclared =
    declared !== undefined && !NOT_LEGACY.test(declared) ? declared : undefined;
  if (usableDeclared !== undefined) names.add(usableDeclared);
  return [...names]
    .filter((encoding) => iconv.encodingExists(encoding))
    .map((encoding) => {
      const rank = (PREFERRED as readonly string[]).indexOf(encoding);
      return {
        encoding,
        confidence: confidences.get(encoding) ?? 0,
        isDeclared: encoding.toLowerCase() === usableDeclared?.toLowerCase(),
        rank: rank === -1 ? PREFERRED.length : rank,
      };
    });
}

/** Scores every candidate's reading of `bytes`, best first; equal readings are scored once. */
function judge(candidates: readonly Candidate[], bytes: Buffer): Judged[] {
  const scored = new Map<string, DecodingFlaws>();
  const judged = candidates.map((candidate) => {
    const text = iconv.decode(bytes, candidate.encoding, { stripBOM: false });
    let flaws = scored.get(text);
    if (flaws === undefined) {
      flaws = scoreDecoding(text);
      scored.set(text, flaws);
    }
    return { ...candidate, flaws };
  });
  return judged.sort(compare);
}

/**
 * Chooses the encoding of `bytes` among legacy encodings that iconv-lite can decode.
 * `declared` (from an HTML `<meta charset>`) joins the candidates and wins ties.
 * Looks at a sample of at most 64 KiB, so the cost does not grow with the file. Pure.
 */
export function guessLegacyEncoding(bytes: Uint8Array, declared?: string): LegacyGuess {
  const sample = asBuffer(sampleNonAscii(bytes, SAMPLE_BYTES, 256));
  const screen =
    sample.length <= SCREEN_BYTES ? sample : asBuffer(sampleNonAscii(sample, SCREEN_BYTES, 64));
  // chardet only breaks ties: its confidence from the screen is enough, at a third the cost.
  const candidates = candidatesFor(screen, declared);
  let ranked = judge(candidates, screen);
  if (screen !== sample) {
    const limit = weight(ranked[0]!.flaws) + SCREEN_MARGIN;
    const finalists = ranked.filter((c) => weight(c.flaws) <= limit).slice(0, FINALISTS);
    ranked = judge(finalists, sample);
  }
  // PREFERRED alone guarantees candidates, so the first one exists.
  const best = ranked[0]!;
  return { encoding: best.encoding, flaws: best.flaws };
}

/**
 * Bytes to a string, detecting the encoding: byte order mark, then UTF-8, then the legacy
 * encodings that older news sites and Word exports still produce.
 */
import iconv from 'iconv-lite';
import { guessLegacyEncoding } from './guess-legacy-encoding';
import { scoreDecoding, type DecodingFlaws } from './score-decoding';

/** The decoded text, or why no encoding gives readable text. */
export type DecodeOutcome =
  | {
      kind: 'decoded';
      /** The decoded text, without its byte order mark. Not normalised. */
      text: string;
      /** Label of the encoding used, e.g. `UTF-8`, `UTF-16LE`, `windows-1254`. */
      encoding: string;
      hadBom: boolean;
    }
  | {
      kind: 'undecodable';
      /** Completes "… could not be decoded: ". */
      reason: string;
    };

/** Options for `decodeText`. */
export interface DecodeOptions {
  /** An encoding the file declares (HTML `<meta charset>`), tried first among legacy ones. */
  declaredCharset?: string;
}

const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'UTF-8' },
  // UTF-32LE before UTF-16LE: its mark starts with the UTF-16LE one.
  { bytes: [0xff, 0xfe, 0, 0], encoding: 'UTF-32LE' },
  { bytes: [0, 0, 0xfe, 0xff], encoding: 'UTF-32BE' },
  { bytes: [0xff, 0xfe], encoding: 'UTF-16LE' },
  { bytes: [0xfe, 0xff], encoding: 'UTF-16BE' },
];

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Counts well-formed multi-byte UTF-8 sequences and bytes that break the encoding. */
export function countUtf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x80) continue;
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : 4;
    // Second-byte ranges from RFC 3629 exclude overlong forms and surrogates.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    let ok = lead >= 0xc2 && lead <= 0xf4 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) {
      const byte = bytes[i + k]!;
      ok = k === 1 ? byte >= low && byte <= high : byte >= 0x80 && byte <= 0xbf;
    }
    if (ok) {
      valid++;
      i += length - 1;
    } else invalid++;
  }
  return { valid, invalid };
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, {
    stripBOM: false,
  });
}

// Readable text has almost no U+FFFD or stray controls: above 2% (and at least 8 of them)
// the bytes are not text in this encoding, or not text at all.
function isUnreadable(flaws: DecodingFlaws): boolean {
  if (flaws.badChars >= 8 && flaws.badChars * 50 > flaws.chars) return true;
  // Legacy decodings produce real letters even from noise, so their words are judged too.
  return flaws.words >= 20 && flaws.badWords * 2 > flaws.words;
}

function decoded(text: string, encoding: string, hadBom: boolean): DecodeOutcome {
  const flaws = scoreDecoding(text.length > 65_536 ? text.slice(0, 65_536) : text);
  if (isUnreadable(flaws)) {
    return {
      kind: 'undecodable',
      reason: `it does not read as ${encoding} text (too many invalid characters)`,
    };
  }
  return { kind: 'decoded', text, encoding, hadBom };
}

/**
 * Decodes `bytes`, choosing the encoding in this order:
 * 1. a byte order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE), which is then removed;
 * 2. UTF-8, when the bytes are well-formed UTF-8 (ASCII included);
 * 3. UTF-8 with U+FFFD for the broken bytes, when well-formed sequences outnumber broken
 *    ones two to one (a UTF-8 file damaged in places, not a legacy file);
 * 4. the legacy encoding that reads most plausibly (`guessLegacyEncoding`).
 * Answers `undecodable` when even the best reading is dominated by invalid characters.
 * Pure; the text is not normalised (see `normaliseText`).
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodeOutcome {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (bom) {
    const body = bytes.subarray(bom.bytes.length);
    const text =
      bom.encoding === 'UTF-8' ? lenientUtf8.decode(body) : decodeWith(body, bom.encoding);
    return decoded(text, bom.encoding, true);
  }
  try {
    return { kind: 'decoded', text: strictUtf8.decode(bytes), encoding: 'UTF-8', hadBom: false };
  } catch {
    // Not well-formed UTF-8: fall through to the damaged-UTF-8 and legacy readings.
  }
  const { valid, invalid } = countUtf8Sequences(bytes);
  if (valid >= 2 * invalid) return decoded(lenientUtf8.decode(bytes), 'UTF-8', false);

  const guess = guessLegacyEncoding(bytes, options.declaredCharset);
  if (isUnreadable(guess.flaws)) {
    return { kind: 'undecodable', reason: 'no known text encoding reads it without garbage' };
  }
  return {
    kind: 'decoded',
    text: decodeWith(bytes, guess.encoding),
    encoding: guess.encoding,
    hadBom: false,
  };
}

/**
 * A guard against nesting bombs: a hostile file of a million `[` must be refused with a
 * clear reason before any reader walks it (readers and zod recurse). This scan counts
 * bracket depth outside strings in one linear pass, on the text or on its UTF-8 bytes.
 */

/** The default nesting limit for imported files. */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether the JSON text nests arrays/objects deeper than `maxDepth`. Does not validate the
 * JSON; it only tracks strings and escapes so brackets inside strings are not counted.
 */
export function exceedsJsonDepth(text: string, maxDepth = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      // Jump to the closing quote with the native search (most of a set file is string
      // content): a quote is escaped when an odd run of backslashes precedes it.
      let end = text.indexOf('"', i + 1);
      while (end !== -1 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
      if (end === -1) return false;
      i = end;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth--;
    }
  }
  return false;
}

function isEscaped(text: string, quote: number): boolean {
  let backslashes = 0;
  for (let i = quote - 1; i >= 0 && text.charCodeAt(i) === 0x5c /* \ */; i--) backslashes++;
  return backslashes % 2 === 1;
}

/**
 * `exceedsJsonDepth` on the file's UTF-8 bytes, so a worker can judge a file while the page
 * decodes and parses it. The answer is the text's: every byte of a multi-byte UTF-8
 * sequence is 0x80 or above, and a decoder maps each ASCII byte (quotes, backslashes,
 * brackets) to the same character even after an invalid sequence, so the structure the
 * parser sees is the structure counted here. A leading byte order mark is not ASCII either.
 */
export function exceedsJsonDepthInBytes(bytes: Uint8Array, maxDepth = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0, n = bytes.length; i < n; i++) {
    const c = bytes[i]!;
    if (inString) {
      // An escape's second byte is never the closing quote (`\"` is a quote escaped).
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth--;
    }
  }
  return false;
}

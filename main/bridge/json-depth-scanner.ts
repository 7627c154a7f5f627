/**
 * A streaming guard against deeply nested JSON, run on the raw bytes of a request body as
 * they arrive and before `JSON.parse` sees them. `JSON.parse` slows down more than linearly
 * with nesting (2.9 s for 8 MB of `[`, 23 s for 40 MB, the bridge's one thread blocked all
 * along); no call the renderer makes nests more than six levels, so anything far deeper is
 * refused at the first byte past the limit, before the rest of the body has even arrived.
 *
 * It counts brackets outside strings only, and crosses strings with a native byte search,
 * so a base64 upload costs milliseconds and a quoted `[` nothing. It does not validate
 * JSON: `JSON.parse` still does that afterwards.
 */

const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \
const OPEN_BRACKET = 0x5b; // [
const CLOSE_BRACKET = 0x5d; // ]
const OPEN_BRACE = 0x7b; // {
const CLOSE_BRACE = 0x7d; // }

export interface JsonDepthScanner {
  /**
   * Scans the next bytes of the document. Answers false, and keeps answering false, once an
   * array or object opens deeper than the limit. UTF-8 continuation bytes are all >= 0x80,
   * so a chunk may end anywhere, even inside a character.
   */
  push(chunk: Uint8Array): boolean;
}

/** A scanner that refuses nesting deeper than `maxDepth` arrays and objects. */
export function createJsonDepthScanner(maxDepth: number): JsonDepthScanner {
  let depth = 0;
  let isInString = false;
  let isEscaped = false;
  let isTooDeep = false;
  return {
    push(chunk) {
      if (isTooDeep) return false;
      let i = 0;
      // Where the next quote is, kept while `i` has not passed it: recomputing it after each
      // escape would rescan a long string once per escape in it.
      let nextQuote = -1;
      while (i < chunk.length) {
        if (isInString) {
          if (isEscaped) {
            isEscaped = false;
            i++;
            continue;
          }
          // Inside a string only `\` and `"` matter: jump to the nearer one with the native
          // byte search, so a 28 MB base64 string costs milliseconds.
          if (nextQuote < i) nextQuote = chunk.indexOf(QUOTE, i);
          const end = nextQuote === -1 ? chunk.length : nextQuote;
          const backslash = chunk.subarray(i, end).indexOf(BACKSLASH);
          if (backslash !== -1) {
            isEscaped = true;
            i += backslash + 1;
          } else {
            isInString = nextQuote === -1;
            i = end + 1;
          }
          continue;
        }
        const byte = chunk[i++];
        if (byte === QUOTE) {
          isInString = true;
        } else if (byte === OPEN_BRACKET || byte === OPEN_BRACE) {
          if (++depth > maxDepth) {
            isTooDeep = true;
            return false;
          }
        } else if (byte === CLOSE_BRACKET || byte === CLOSE_BRACE) {
          depth--;
        }
      }
      return true;
    },
  };
}

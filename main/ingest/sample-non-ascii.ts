/**
 * A sample of bytes for encoding detection: the text around the non-ASCII bytes, which
 * are the only bytes that read differently from one encoding to another.
 */

const NEWLINE = new Uint8Array([0x0a]);

/**
 * Windows of `contextBytes` either side of each non-ASCII byte of `bytes`, joined by
 * newlines, up to about `maxBytes` in all; `bytes` itself when it is no longer than that.
 * A saved page may start with 64 KB of ASCII scripts and styles and have its accented words
 * further down (or at the end of one huge line): the windows find them wherever they are.
 * Linear in the input; the windows are copied, `bytes` is not.
 */
export function sampleNonAscii(
  bytes: Uint8Array,
  maxBytes: number,
  contextBytes: number,
): Uint8Array {
  if (bytes.length <= maxBytes) return bytes;
  const parts: Uint8Array[] = [];
  let finished = 0; // bytes in finished runs, newlines included
  let runStart = -1; // start of the run being built, -1 when none
  let runEnd = 0; // its end (exclusive): the end of its last window
  const runSize = () => (runStart < 0 ? 0 : runEnd - runStart);
  const endRun = () => {
    if (runStart < 0) return;
    // The newline keeps the words of two separate runs from fusing into one.
    parts.push(bytes.subarray(runStart, runEnd), NEWLINE);
    finished += runSize() + 1;
    runStart = -1;
  };
  for (let i = 0; i < bytes.length && finished + runSize() < maxBytes; i++) {
    if (i < runEnd || bytes[i]! < 0x80) continue;
    const start = Math.max(runEnd, i - contextBytes);
    // Overlapping or touching windows extend one run, so no word is cut in two.
    if (start > runEnd) endRun();
    if (runStart < 0) runStart = start;
    const room = maxBytes - finished - (start - runStart);
    runEnd = Math.min(bytes.length, i + contextBytes, start + room);
  }
  endRun();
  return Buffer.concat(parts);
}

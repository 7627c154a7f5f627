/**
 * The one normal form of article text.
 *
 * Every annotation offset (UTF-16 code units) counts into the text this returns, and the
 * duplicate check hashes it, so the same article saved with CRLF, with a BOM or with
 * decomposed accents must come out identical, and nothing else may change.
 */

// C0 controls other than tab and LF (CR is gone by then), plus U+FFFE and U+FFFF, which
// are noncharacters: they mean a misread byte order, never text. DEL and the C1 range are
// also Cc but are left alone, as the contract names only C0.
const STRAY_CONTROLS = /(?![\t\n\x7f-\x9f])\p{Cc}|[\ufffe\uffff]/gu;

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
    .replace(STRAY_CONTROLS, '')
    .normalize('NFC');
}

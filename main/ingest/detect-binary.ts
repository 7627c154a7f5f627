/**
 * Binary sniffing: decides, from the first bytes alone, that a file cannot be an article.
 *
 * It runs before decoding so that a PNG renamed `.txt` is refused with a message naming what
 * it is, instead of being decoded into thousands of lines of mojibake. It only ever looks at
 * the first `SNIFF_BYTES`, so it costs the same for a 1 KB and a 20 MB file.
 */

/** How many leading bytes the NUL and control-character checks look at. */
export const SNIFF_BYTES = 8 * 1024;

/** The answer of `detectBinary`: text, or binary with a phrase saying why. */
export type BinaryVerdict =
  | { isBinary: false }
  | {
      isBinary: true;
      /** Completes "… is not text: ", e.g. `it looks like a PNG image`. */
      reason: string;
    };

interface Signature {
  /** Bytes at `offset`; `undefined` entries match any byte. */
  bytes: readonly (number | undefined)[];
  offset?: number;
  kind: string;
}

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));
/** A RIFF container (`RIFF`, a 4-byte length, then the form type). */
const riff = (form: string) => [
  ...ascii('RIFF'),
  undefined,
  undefined,
  undefined,
  undefined,
  ...ascii(form),
];

// Only signatures long or odd enough that no real article starts with them: a two-letter
// magic such as BMP's "BM" or an EXE's "MZ" would refuse a text beginning "BMW" or "MZANSI",
// and those files are caught by the NUL-byte check anyway.
const SIGNATURES: readonly Signature[] = [
  { bytes: [0x89, ...ascii('PNG\r\n'), 0x1a, 0x0a], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: ascii('GIF87a'), kind: 'a GIF image' },
  { bytes: ascii('GIF89a'), kind: 'a GIF image' },
  { bytes: riff('WEBP'), kind: 'a WebP image' },
  { bytes: [...ascii('II*'), 0], kind: 'a TIFF image' },
  { bytes: [...ascii('MM'), 0, 0x2a], kind: 'a TIFF image' },
  { bytes: ascii('8BPS'), kind: 'a Photoshop image' },
  { bytes: [0, 0, 1, 0], kind: 'an icon image' },
  { bytes: ascii('%PDF-'), kind: 'a PDF document' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    kind: 'an old Microsoft Office document',
  },
  { bytes: ascii('{\\rtf'), kind: 'an RTF document (save it as plain text first)' },
  { bytes: [0x1f, 0x8b, 0x08], kind: 'a gzip archive' },
  { bytes: [...ascii('BZh'), undefined, ...ascii('1AY&SY')], kind: 'a bzip2 archive' },
  { bytes: [0xfd, ...ascii('7zXZ'), 0], kind: 'an xz archive' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], kind: 'a Zstandard archive' },
  { bytes: [...ascii('7z'), 0xbc, 0xaf, 0x27, 0x1c], kind: 'a 7-Zip archive' },
  { bytes: [...ascii('Rar!'), 0x1a, 0x07], kind: 'a RAR archive' },
  { bytes: [0x7f, ...ascii('ELF')], kind: 'a program (ELF executable)' },
  { bytes: [0xcf, 0xfa, 0xed, 0xfe], kind: 'a program (Mach-O executable)' },
  { bytes: [0xfe, 0xed, 0xfa, 0xcf], kind: 'a program (Mach-O executable)' },
  { bytes: [0xca, 0xfe, 0xba, 0xbe], kind: 'a program (Mach-O or Java class)' },
  { bytes: [0, ...ascii('asm')], kind: 'a WebAssembly module' },
  { bytes: [...ascii('SQLite format 3'), 0], kind: 'an SQLite database' },
  { bytes: ascii('ftyp'), offset: 4, kind: 'an MP4 or QuickTime video' },
  { bytes: riff('WAVE'), kind: 'a WAV recording' },
  { bytes: riff('AVI '), kind: 'an AVI video' },
  { bytes: ascii('OggS'), kind: 'an Ogg audio or video file' },
  { bytes: ascii('fLaC'), kind: 'a FLAC recording' },
  { bytes: [...ascii('ID3'), undefined, 0], kind: 'an MP3 recording' },
  { bytes: [0x1a, 0x45, 0xdf, 0xa3], kind: 'a Matroska or WebM video' },
  { bytes: ascii('wOFF'), kind: 'a web font' },
  { bytes: ascii('wOF2'), kind: 'a web font' },
];

// ZIP is the container of DOCX, XLSX, ODT and EPUB: naming the likely document helps the
// analyst more than "a ZIP archive". The first entries' names sit in clear in the header.
const ZIP_KINDS: readonly [marker: string, kind: string][] = [
  ['word/', 'a Word document (.docx)'],
  ['xl/', 'an Excel workbook (.xlsx)'],
  ['ppt/', 'a PowerPoint presentation (.pptx)'],
  ['application/vnd.oasis.opendocument', 'an OpenDocument file'],
  ['application/epub+zip', 'an EPUB book'],
];

function matchesAt(bytes: Uint8Array, signature: Signature): boolean {
  const offset = signature.offset ?? 0;
  if (bytes.length < offset + signature.bytes.length) return false;
  return signature.bytes.every((b, i) => b === undefined || bytes[offset + i] === b);
}

function describeZip(bytes: Uint8Array): string | undefined {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return undefined;
  const third = bytes[2];
  const fourth = bytes[3];
  // Local file header, empty archive, or spanned archive.
  const isZip =
    (third === 3 && fourth === 4) || (third === 5 && fourth === 6) || (third === 7 && fourth === 8);
  if (!isZip) return undefined;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString(
    'latin1',
  );
  return ZIP_KINDS.find(([marker]) => head.includes(marker))?.[1] ?? 'a ZIP archive';
}

/** True when the bytes start with a UTF-16 or UTF-32 byte order mark. */
export function hasWideBom(bytes: Uint8Array): boolean {
  const [b0, b1] = bytes;
  return (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || hasUtf32BeBom(bytes);
}

function hasUtf32BeBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff;
}

// C0 controls that plain text does not use. Tab, LF, VT, FF, CR and ESC (terminal colour
// codes in saved logs) are allowed; everything else from 0x00 to 0x1F counts against it.
function isStrayControl(byte: number): boolean {
  return byte < 0x20 && !(byte >= 0x09 && byte <= 0x0d) && byte !== 0x1b;
}

/**
 * Classifies `bytes` as text or binary, looking at most at the first `SNIFF_BYTES`.
 *
 * Binary when: a known file signature matches (the reason names the kind, e.g. "it looks
 * like a PNG image"); or, unless a UTF-16/32 byte order mark is present, a NUL byte occurs;
 * or more than 1 byte in 20 is a control character that text does not use.
 * An empty input is text (emptiness is reported separately). Never throws.
 */
export function detectBinary(bytes: Uint8Array): BinaryVerdict {
  const zipKind = describeZip(bytes);
  if (zipKind !== undefined) return { isBinary: true, reason: `it looks like ${zipKind}` };
  const signature = SIGNATURES.find((s) => matchesAt(bytes, s));
  if (signature) return { isBinary: true, reason: `it looks like ${signature.kind}` };

  // UTF-16 and UTF-32 text is full of NUL bytes by design; decoding judges it instead.
  if (hasWideBom(bytes)) return { isBinary: false };

  const end = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const byte = bytes[i]!;
    if (byte === 0) {
      return { isBinary: true, reason: 'it contains NUL bytes, as binary files do' };
    }
    if (isStrayControl(byte)) controls++;
  }
  if (end > 0 && controls * 20 > end) {
    return { isBinary: true, reason: 'it is mostly control characters, as binary files are' };
  }
  return { isBinary: false };
}

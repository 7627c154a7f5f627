/**
 * A zip-bomb check for DOCX files, run before the document is parsed: mammoth (through
 * jszip) inflates every part it reads whole, in memory, so a few kilobytes that expand to
 * gigabytes must be refused first.
 *
 * Which parts mammoth reads depends on the relationships (`_rels/.rels` may name
 * `word/main.bin` as the document), so every part is checked, whatever its name: its size
 * as the zip directory declares it, then as it actually inflates (in small slices, so no
 * step outputs more than ~16 MB, stopping at the limit; the bytes are thrown away), each
 * part and all of them together.
 *
 * The check is only as good as its agreement with jszip on what the parts are. jszip
 * shifts every offset when the directory does not end where the end record starts (data
 * prepended to the zip), reads directory records past the count the end record gives,
 * and follows ZIP64 records; each of those could show it parts this check never saw. A
 * Word file has none of them, so an archive with any is refused as damaged.
 */
import { Inflate } from 'fflate';

/** An entry of a zip archive's central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

/** The verdict on an archive: its entries, or what is wrong with it. */
export type ZipCheck =
  | { kind: 'ok'; entries: ZipEntry[] }
  | { kind: 'corrupt'; why: string }
  | { kind: 'too-large'; what: string };

/** How far the parts of an archive may expand. */
export interface ZipLimits {
  /** Most bytes one part may inflate to. */
  maxPartBytes: number;
  /** Most bytes all parts may inflate to together. */
  maxTotalBytes: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const SLICE_BYTES = 16 * 1024;
const MAX_ENTRIES = 10_000;

class ZipError extends Error {}

/** Thrown when a part inflates past its budget. */
class TooLarge extends Error {}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndRecord(bytes: Uint8Array, data: DataView): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (data.getUint32(i, true) === EOCD) return i;
  }
  throw new ZipError('it is not a zip archive, as a .docx file must be');
}

/**
 * The entries of the zip in `bytes`; throws `ZipError` when it is not a readable zip, or
 * when jszip could read it differently (see the module comment).
 */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] {
  const data = view(bytes);
  const eocd = findEndRecord(bytes, data);
  const disk = data.getUint16(eocd + 4, true);
  const directoryDisk = data.getUint16(eocd + 6, true);
  const countOnDisk = data.getUint16(eocd + 8, true);
  const count = data.getUint16(eocd + 10, true);
  const directorySize = data.getUint32(eocd + 12, true);
  let at = data.getUint32(eocd + 16, true);
  // ZIP64 and split archives mark these fields (0xFFFF, other disks); a .docx is neither.
  if (disk !== 0 || directoryDisk !== 0 || countOnDisk !== count || count === 0xffff) {
    throw new ZipError('it is a split or ZIP64 archive, which a .docx file never is');
  }
  if (count > MAX_ENTRIES) throw new ZipError(`it holds over ${MAX_ENTRIES} parts`);
  if (at + directorySize !== eocd) throw new ZipError('its zip directory is misplaced');
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || data.getUint32(at, true) !== CENTRAL) {
      throw new ZipError('its zip directory is damaged');
    }
    const nameLength = data.getUint16(at + 28, true);
    const skip = nameLength + data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: data.getUint16(at + 10, true),
      compressedSize: data.getUint32(at + 20, true),
      size: data.getUint32(at + 24, true),
      offset: data.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  // More records than the count (jszip reads them all), or a directory size that lies.
  if (at !== eocd) throw new ZipError('its zip directory is damaged');
  return entries;
}

/** The compressed bytes of `entry`. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = view(bytes);
  if (entry.offset + 30 > bytes.length || data.getUint32(entry.offset, true) !== LOCAL) {
    throw new ZipError(`its part ${entry.name} is damaged`);
  }
  const start =
    entry.offset +
    30 +
    data.getUint16(entry.offset + 26, true) +
    data.getUint16(entry.offset + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new ZipError('it is truncated');
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * Inflates `entry` in slices, handing each piece of output to `onChunk`; throws
 * `TooLarge` as soon as the output passes `budget` (whatever size the directory
 * declares), `ZipError` when the data is damaged. Answers the inflated size.
 */
function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: number,
  onChunk: (chunk: Uint8Array) => void = () => undefined,
): number {
  const compressed = entryData(bytes, entry);
  if (entry.method === 0) {
    if (compressed.length > budget) throw new TooLarge();
    onChunk(compressed);
    return compressed.length;
  }
  if (entry.method !== 8) throw new ZipError(`its part ${entry.name} uses an unknown compression`);
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= budget) onChunk(chunk);
  });
  try {
    for (let at = 0; at < compressed.length && total <= budget; at += SLICE_BYTES) {
      inflate.push(
        compressed.subarray(at, at + SLICE_BYTES),
        at + SLICE_BYTES >= compressed.length,
      );
    }
  } catch {
    throw new ZipError(`its part ${entry.name} is damaged`);
  }
  if (total > budget) throw new TooLarge();
  return total;
}

function tooLarge(
  limitBytes: number,
  what: 'one of its parts expands' | 'its parts expand',
): ZipCheck {
  const limit = Math.round(limitBytes / (1024 * 1024));
  return { kind: 'too-large', what: `${what} to more than ${limit} MB (a zip bomb?)` };
}

/**
 * Checks the zip in `bytes`: readable the same way by jszip, with `word/document.xml`,
 * and with every part (whatever its name) inflating to at most `limits.maxPartBytes` and
 * all of them to at most `limits.maxTotalBytes`, both by the sizes the directory declares
 * and by the bytes actually inflated. Pure; never throws.
 */
export function checkZipExpansion(bytes: Uint8Array, limits: ZipLimits): ZipCheck {
  try {
    const entries = readZipEntries(bytes);
    if (!entries.some((entry) => entry.name === 'word/document.xml')) {
      return { kind: 'corrupt', why: 'it has no word/document.xml, so it is not a Word document' };
    }
    // Declared sizes first: an honest bomb is refused without inflating anything.
    let declared = 0;
    for (const entry of entries) {
      if (entry.size > limits.maxPartBytes)
        return tooLarge(limits.maxPartBytes, 'one of its parts expands');
      declared += entry.size;
    }
    if (declared > limits.maxTotalBytes) return tooLarge(limits.maxTotalBytes, 'its parts expand');
    let total = 0;
    for (const entry of entries) {
      const budget = Math.min(limits.maxPartBytes, limits.maxTotalBytes - total);
      try {
        total += inflateEntry(bytes, entry, budget);
      } catch (error) {
        if (!(error instanceof TooLarge)) throw error;
        return budget < limits.maxPartBytes
          ? tooLarge(limits.maxTotalBytes, 'its parts expand')
          : tooLarge(limits.maxPartBytes, 'one of its parts expands');
      }
    }
    return { kind: 'ok', entries };
  } catch (error) {
    if (error instanceof ZipError) return { kind: 'corrupt', why: error.message };
    return { kind: 'corrupt', why: 'its zip structure is damaged' };
  }
}

/** The inflated text of a small part (at most `maxBytes`), or `undefined`. */
export function readSmallPart(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  name: string,
  maxBytes: number,
): string | undefined {
  const entry = entries.find((candidate) => candidate.name === name);
  if (!entry) return undefined;
  try {
    const chunks: Uint8Array[] = [];
    inflateEntry(bytes, entry, maxBytes, (chunk) => chunks.push(chunk));
    return new TextDecoder().decode(Buffer.concat(chunks));
  } catch {
    return undefined;
  }
}

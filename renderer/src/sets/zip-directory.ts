/**
 * The central directory of an imported zip, read by hand: the entries' names, methods,
 * declared sizes and where their data lies. fflate's `unzipSync` trusts the declared sizes
 * (an entry declared 16 bytes comes out cut to 16 bytes; one declared 4 GB allocates 4 GB),
 * so `zip-files.ts` inflates from here with a cap on the bytes actually produced and treats
 * the declared size only as a claim to check. Zip64 sizes and offsets are read from their
 * extra field, as fflate does. Pure; no DOM.
 */

/** An entry of the archive, as its directory describes it. */
export interface ZipDirectoryEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when the entry is read. */
  method: number;
  /** The uncompressed size the directory claims: checked, never trusted. */
  declaredSize: number;
  /** The compressed bytes of the entry (a view into the archive). */
  data: Uint8Array;
}

/** An archive that cannot be read; the message names the entry when one is at fault. */
export class ZipReadError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UNKNOWN_32 = 0xffffffff;
/** The end record is 22 bytes, followed by a comment of at most 65,535 bytes. */
const MAX_EOCD_SEARCH = 22 + 0xffff;

/**
 * The entries of the zip in `bytes`, at most `maxEntries` of them (a directory claiming
 * more is refused before any entry is read). Throws `ZipReadError` with a readable reason.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectoryEntry[] {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => data.getUint16(at, true);
  const u32 = (at: number) => data.getUint32(at, true);
  const u64 = (at: number) => u32(at) + u32(at + 4) * 2 ** 32;
  const eocd = findEndRecord(bytes, data);
  let count = u16(eocd + 10);
  let at = u32(eocd + 16);
  const isZip64 = eocd >= 20 && u32(eocd - 20) === ZIP64_LOCATOR;
  if (isZip64) {
    const record = u64(eocd - 12);
    if (record + 56 > bytes.length || u32(record) !== ZIP64_EOCD) {
      throw new ZipReadError('The zip is damaged (its zip64 directory record is missing).');
    }
    count = u64(record + 32);
    at = u64(record + 48);
  }
  if (count > maxEntries) {
    throw new ZipReadError(`The zip holds ${count} entries; at most ${maxEntries} are read.`);
  }
  const entries: ZipDirectoryEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL) {
      throw new ZipReadError('The zip is damaged (its directory is cut short).');
    }
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    // Bit 11 says UTF-8; otherwise read bytes as Latin-1, as fflate did before.
    const name =
      u16(at + 8) & 0x800
        ? new TextDecoder().decode(nameBytes)
        : Array.from(nameBytes, (byte) => String.fromCharCode(byte)).join('');
    const sizes = zip64Sizes(data, at + 46 + nameLength, extraLength, {
      declaredSize: u32(at + 24),
      compressedSize: u32(at + 20),
      offset: u32(at + 42),
    });
    entries.push({
      name,
      method: u16(at + 10),
      declaredSize: sizes.declaredSize,
      data: entryData(bytes, data, name, sizes.offset, sizes.compressedSize),
    });
    at += 46 + nameLength + extraLength + u16(at + 32);
  }
  return entries;
}

function findEndRecord(bytes: Uint8Array, data: DataView): number {
  const last = Math.max(0, bytes.length - MAX_EOCD_SEARCH);
  for (let i = bytes.length - 22; i >= last; i--) {
    if (data.getUint32(i, true) === EOCD) return i;
  }
  throw new ZipReadError('The file is not a zip archive (or it is damaged).');
}

interface EntrySizes {
  declaredSize: number;
  compressedSize: number;
  offset: number;
}

/** The sizes and offset, with those the directory marks as zip64 read from extra field 1. */
function zip64Sizes(data: DataView, extra: number, length: number, sizes: EntrySizes): EntrySizes {
  const wanted = (['declaredSize', 'compressedSize', 'offset'] as const).filter(
    (field) => sizes[field] === UNKNOWN_32,
  );
  if (wanted.length === 0) return sizes;
  const out = { ...sizes };
  for (let at = extra; at + 4 <= extra + length; at += 4 + data.getUint16(at + 2, true)) {
    if (data.getUint16(at, true) !== 1) continue;
    // The zip64 field lists, in this order, only the values the directory left at 0xFFFFFFFF.
    wanted.forEach((field, i) => {
      const where = at + 4 + 8 * i;
      if (where + 8 <= data.byteLength) {
        out[field] = data.getUint32(where, true) + data.getUint32(where + 4, true) * 2 ** 32;
      }
    });
    break;
  }
  return out;
}

function entryData(
  bytes: Uint8Array,
  data: DataView,
  name: string,
  offset: number,
  compressedSize: number,
): Uint8Array {
  if (offset + 30 > bytes.length || data.getUint32(offset, true) !== LOCAL) {
    throw new ZipReadError(`The zip is damaged (the entry ${name} is not where it says).`);
  }
  const start = offset + 30 + data.getUint16(offset + 26, true) + data.getUint16(offset + 28, true);
  if (start + compressedSize > bytes.length) {
    throw new ZipReadError(`The zip is damaged (the entry ${name} is cut short).`);
  }
  return bytes.subarray(start, start + compressedSize);
}

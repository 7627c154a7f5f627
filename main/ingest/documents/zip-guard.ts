/**
 * A zip-bomb check for DOCX files, run before the document is parsed: mammoth (through
 * jszip) inflates every part it reads whole, in memory, so a few kilobytes that expand to
 * gigabytes must be refused first.
 *
 * The central directory is read by hand (sizes declared there can lie), then every XML
 * part is actually inflated, in small slices so that no step outputs more than ~16 MB,
 * counting bytes and stopping at the limit. The inflated bytes are thrown away.
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

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const SLICE_BYTES = 16 * 1024;
const MAX_ENTRIES = 10_000;

class ZipError extends Error {}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The entries of the zip in `bytes`; throws `ZipError` when it is not a readable zip. */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] {
  const data = view(bytes);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (data.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('it is not a zip archive, as a .docx file must be');
  const count = data.getUint16(eocd + 10, true);
  let at = data.getUint32(eocd + 16, true);
  if (count > MAX_ENTRIES) throw new ZipError(`it holds over ${MAX_ENTRIES} parts`);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== CENTRAL) {
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

/** How many bytes `entry` inflates to, stopping (with `Infinity`) past `budget`. */
function inflatedSize(bytes: Uint8Array, entry: ZipEntry, budget: number): number {
  const compressed = entryData(bytes, entry);
  if (entry.method === 0) return compressed.length;
  if (entry.method !== 8) throw new ZipError(`its part ${entry.name} uses an unknown compression`);
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
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
  return total > budget ? Number.POSITIVE_INFINITY : total;
}

/**
 * Checks the zip in `bytes`: readable, with `word/document.xml`, and with XML parts
 * (`.xml`, `.rels`) that inflate to at most `maxXmlBytes` in all. Other parts (images)
 * are not inflated: extracting text does not read them. Pure; never throws.
 */
export function checkZipExpansion(bytes: Uint8Array, maxXmlBytes: number): ZipCheck {
  try {
    const entries = readZipEntries(bytes);
    if (!entries.some((entry) => entry.name === 'word/document.xml')) {
      return { kind: 'corrupt', why: 'it has no word/document.xml, so it is not a Word document' };
    }
    let total = 0;
    for (const entry of entries) {
      if (!/\.(?:xml|rels)$/i.test(entry.name)) continue;
      total += inflatedSize(bytes, entry, maxXmlBytes - total);
      if (total > maxXmlBytes) {
        const limit = Math.round(maxXmlBytes / (1024 * 1024));
        return {
          kind: 'too-large',
          what: `its text expands to more than ${limit} MB (a zip bomb?)`,
        };
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
    const compressed = entryData(bytes, entry);
    if (entry.method === 0) return new TextDecoder().decode(compressed.subarray(0, maxBytes));
    const chunks: Uint8Array[] = [];
    let total = 0;
    const inflate = new Inflate((chunk) => {
      total += chunk.length;
      if (total <= maxBytes) chunks.push(chunk);
    });
    for (let at = 0; at < compressed.length && total <= maxBytes; at += SLICE_BYTES) {
      inflate.push(
        compressed.subarray(at, at + SLICE_BYTES),
        at + SLICE_BYTES >= compressed.length,
      );
    }
    if (total > maxBytes) return undefined;
    return new TextDecoder().decode(Buffer.concat(chunks));
  } catch {
    return undefined;
  }
}

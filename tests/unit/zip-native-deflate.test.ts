/**
 * The zip an export writes where the engine deflates (`zipPieces` with CompressionStream,
 * Chromium's and Node's zlib): an entry any reader takes, checked here against Node's own
 * zlib and CRC-32 rather than against the app's reader (the renderer's tests may not
 * import Node's modules).
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zipPieces } from '../../renderer/src/sets/zip-files';

const pieces = ['<?xml version="1.0"?>\n', '<Project name="Bakı – Gəncə">\n', '</Project>\n'];

describe('zipPieces deflating with the engine', () => {
  it('deflates with the engine’s zlib into entries any reader takes: method 8, true CRC-32 and sizes', async () => {
    const text = pieces.join('').repeat(500);
    const zip = await zipPieces([
      { path: 'project.qde', pieces: [text.slice(0, 999), text.slice(999)] },
    ]);
    const bytes = Buffer.from(zip);
    // The central directory entry (PK\x01\x02) of the one file.
    const at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const local = bytes.readUInt32LE(at + 42);
    const utf8 = Buffer.from(text, 'utf8');
    expect(bytes.readUInt16LE(at + 10)).toBe(8);
    expect(bytes.readUInt32LE(at + 16)).toBe(crc32(utf8));
    expect(bytes.readUInt32LE(at + 24)).toBe(utf8.length);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const dataAt = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(dataAt, dataAt + compressedSize);
    expect(inflateRawSync(data).toString('utf8')).toBe(text);
    expect(compressedSize).toBeLessThan(utf8.length / 10);
  });
});

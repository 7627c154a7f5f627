import { describe, expect, it } from 'vitest';
import { chunkCount, contentChunks } from './content-chunks';

/** The bytes the host writes for `chunks`: each chunk's bytes, in order. */
const decode = (chunks: Uint8Array[]) => chunks.flatMap((c) => [...c]);
const utf8 = (text: string) => [...new TextEncoder().encode(text)];

describe('contentChunks', () => {
  it('gives the UTF-8 bytes of the whole text even when a cut falls inside an emoji', () => {
    const text = 'a🎥b🎥🎥c, Həsənova’s café\n'.repeat(50);
    for (const size of [1, 2, 3, 7, 64]) {
      const chunks = [...contentChunks(text, size)];
      expect(decode(chunks)).toEqual(utf8(text));
    }
  });

  it('cuts bytes into chunks of their own that join to the same bytes', () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37) % 256);
    for (const size of [3, 10, 999, 4096]) {
      const chunks = [...contentChunks(bytes, size)];
      expect(chunks.length).toBe(chunkCount(bytes, size));
      expect(decode(chunks)).toEqual([...bytes]);
      // Each its own buffer, so transferring one to the page leaves the others whole.
      expect(chunks.every((c) => c.byteLength === c.buffer.byteLength)).toBe(true);
      expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(size);
    }
  });

  it('makes no chunk of an empty file', () => {
    expect([...contentChunks('')]).toEqual([]);
    expect(chunkCount('')).toBe(0);
  });
});

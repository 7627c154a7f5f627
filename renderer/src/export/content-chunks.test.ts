import { describe, expect, it } from 'vitest';
import { chunkCount, contentChunks } from './content-chunks';

/** The bytes the host writes for `chunks`: UTF-8 text or base64, each on its own. */
const decode = (chunks: { data: string; encoding: string }[]) =>
  chunks.flatMap((c) =>
    c.encoding === 'utf8'
      ? [...new TextEncoder().encode(c.data)]
      : [...atob(c.data)].map((ch) => ch.charCodeAt(0)),
  );
const utf8 = (text: string) => [...new TextEncoder().encode(text)];

describe('contentChunks', () => {
  it('gives the UTF-8 bytes of the whole text even when a cut falls inside an emoji', () => {
    const text = 'a🎥b🎥🎥c, Həsənova’s café\n'.repeat(50);
    for (const size of [1, 2, 3, 7, 64]) {
      const chunks = [...contentChunks(text, size)];
      expect(decode(chunks)).toEqual(utf8(text));
      expect(chunks.every((c) => !/[\uD800-\uDBFF]$/.test(c.data))).toBe(true);
    }
  });

  it('carries bytes as base64 in chunks that join to the same bytes', () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37) % 256);
    for (const size of [3, 10, 999, 4096]) {
      const chunks = [...contentChunks(bytes, size)];
      expect(chunks.length).toBe(chunkCount(bytes, size));
      expect(decode(chunks)).toEqual([...bytes]);
    }
  });

  it('makes no chunk of an empty file', () => {
    expect([...contentChunks('')]).toEqual([]);
    expect(chunkCount('')).toBe(0);
  });
});

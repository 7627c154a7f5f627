import { describe, expect, it } from 'vitest';
import { ChunkedOutput } from './chunked-output';

const strict = new TextDecoder('utf-8', { fatal: true });

describe('ChunkedOutput', () => {
  it('encodes text into chunks of at most its size that each decode alone, in order', async () => {
    const pieces = ['{"q":"a🎥b', '🎥🎥c, Həsənova’s café"', ',\n', '', 'ş'.repeat(40), '🎥'];
    const text = pieces.join('');
    for (const size of [4, 5, 7, 64, 1024]) {
      const chunks: Uint8Array[] = [];
      const out = new ChunkedOutput(async (chunk) => {
        chunks.push(chunk);
      }, size);
      for (const piece of pieces) await out.text(piece);
      await out.end();
      expect(chunks.every((c) => c.length > 0 && c.length <= size)).toBe(true);
      // Never a character cut in two: every chunk is valid UTF-8 on its own.
      expect(chunks.map((c) => strict.decode(c)).join('')).toBe(text);
      // A full chunk goes as soon as it is full, not at the end.
      if (size < 64) expect(chunks.length).toBeGreaterThan(2);
    }
  });

  it('never writes into a chunk once sent (a sent chunk is transferred or still in flight)', async () => {
    const sent: { chunk: Uint8Array; copy: number[] }[] = [];
    const out = new ChunkedOutput(async (chunk) => {
      sent.push({ chunk, copy: [...chunk] });
    }, 8);
    for (let n = 0; n < 20; n++) await out.text(`item ${n};`);
    await out.end();
    expect(sent.length).toBeGreaterThan(3);
    for (const { chunk, copy } of sent) expect([...chunk]).toEqual(copy);
    expect(new Set(sent.map((s) => s.chunk.buffer)).size).toBe(sent.length);
  });
});

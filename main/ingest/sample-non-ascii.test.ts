import { describe, expect, it } from 'vitest';
import { sampleNonAscii } from './sample-non-ascii';

describe('sampleNonAscii', () => {
  it('returns small input as it is', () => {
    const bytes = Buffer.from('déjà');
    expect(sampleNonAscii(bytes, 100, 10)).toBe(bytes);
  });

  it('finds non-ASCII bytes after a long ASCII prefix, with their context', () => {
    const bytes = Buffer.concat([
      Buffer.alloc(100_000, 0x61),
      Buffer.from(' Dışişleri bakanları '),
      Buffer.alloc(1000, 0x62),
    ]);
    const sample = Buffer.from(sampleNonAscii(bytes, 4096, 16)).toString('utf8');
    expect(sample).toContain('Dışişleri bakanları');
    expect(sample.length).toBeLessThan(200);
  });

  it('stays within the size asked for', () => {
    const bytes = Buffer.from('é '.repeat(100_000));
    expect(sampleNonAscii(bytes, 4096, 64).length).toBeLessThanOrEqual(4096 + 1);
  });
});

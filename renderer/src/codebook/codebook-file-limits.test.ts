import { describe, expect, it, vi } from 'vitest';
import { serializeCodebook } from './codebook-export';
import { MAX_CODEBOOK_ITEMS, readCodebookText } from './codebook-file-limits';
import { parseCodebookJson } from './codebook-schema';
import { testCodebook, testItem } from './test-codebook';

describe('reading a codebook file', () => {
  it('refuses a file over the size bound without reading a byte of it', async () => {
    const text = vi.fn(async () => '{}');
    const result = await readCodebookText({ name: 'dump.json', size: 300 * 1024 * 1024, text });
    expect(result).toEqual({
      ok: false,
      error: 'dump.json is 300.0 MB; a codebook file may be at most 5 MB.',
    });
    expect(text).not.toHaveBeenCalled();
  });

  it('reads a file of ordinary size', async () => {
    const content = serializeCodebook(testCodebook());
    const result = await readCodebookText({
      name: 'c.json',
      size: content.length,
      text: async () => content,
    });
    expect(result).toEqual({ ok: true, value: content });
  });
});

describe('parseCodebookJson bounds', () => {
  it('refuses a file nesting deeper than 32 levels before parsing it', () => {
    const file = JSON.parse(serializeCodebook(testCodebook()));
    let deep: unknown = 'x';
    for (let i = 0; i < 40; i++) deep = { deeper: deep };
    file.codebook.items[0].externalLabels = { clef: deep };
    expect(parseCodebookJson(JSON.stringify(file))).toEqual({
      ok: false,
      error: 'This codebook file nests deeper than 32 levels.',
    });
  });

  it('refuses more items than the bound, with the count, before validating them', () => {
    const items = Array.from({ length: MAX_CODEBOOK_ITEMS + 1 }, (_, n) => testItem(`item-${n}`));
    const text = serializeCodebook({ ...testCodebook(), items });
    expect(parseCodebookJson(text)).toEqual({
      ok: false,
      error: 'This codebook file holds 2001 items; at most 2000 are read.',
    });
    // A bare codebook (format 0) is counted the same way.
    expect(parseCodebookJson(JSON.stringify({ id: 'c', name: 'C', items }))).toMatchObject({
      ok: false,
      error: expect.stringContaining('2001 items'),
    });
  });

  it('still reads a codebook at the bound', () => {
    const items = Array.from({ length: MAX_CODEBOOK_ITEMS }, (_, n) => testItem(`item-${n}`));
    const result = parseCodebookJson(serializeCodebook({ ...testCodebook(), items }));
    expect(result.ok && result.value.codebook.items).toHaveLength(MAX_CODEBOOK_ITEMS);
  });
});

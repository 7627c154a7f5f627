import { describe, expect, it } from 'vitest';
import { serializeCodebook, toCodebookFile } from './codebook-export';
import { parseCodebookJson } from './codebook-schema';
import { CODEBOOK_FORMAT_VERSION } from './codebook-types';
import { loadDefaultCodebook } from './default-codebook';
import { itemId, testCodebook, testItem } from './test-codebook';

describe('codebook export', () => {
  it('writes the versioned envelope and reads back the same codebook', () => {
    const codebook = loadDefaultCodebook();
    const text = serializeCodebook(codebook, {
      exportedAt: '2026-01-01T00:00:00.000Z',
      exportedBy: 'Sourcemark test',
    });
    const file = JSON.parse(text);
    expect(file).toMatchObject({
      type: 'sourcemark-codebook',
      version: CODEBOOK_FORMAT_VERSION,
      exportedAt: '2026-01-01T00:00:00.000Z',
      exportedBy: 'Sourcemark test',
    });
    const back = parseCodebookJson(text);
    expect(back.ok && back.value.codebook).toEqual(codebook);
  });

  it('is strict: writes known fields only', () => {
    const codebook = testCodebook();
    const sneaky = { ...codebook.items[0], extra: 'x' } as (typeof codebook.items)[number];
    const file = toCodebookFile({ ...codebook, items: [sneaky] });
    expect(Object.keys(file.codebook.items[0] ?? {})).not.toContain('extra');
    expect(file).not.toHaveProperty('exportedAt');
  });

  it('refuses to write a codebook that breaks a rule', () => {
    const broken = {
      ...testCodebook(),
      items: [testItem('a', { parentId: itemId('b') }), testItem('b', { parentId: itemId('a') })],
    };
    expect(() => serializeCodebook(broken)).toThrow(/Refusing to write an invalid codebook/);
  });
});

import { describe, expect, it } from 'vitest';
import { renameItem } from '../codebook/codebook-edits';
import { testCodebook } from '../codebook/test-codebook';
import {
  describeImport,
  exportFileName,
  hasSameContent,
  importStartVersion,
} from './codebook-file-plan';
import { checkColour } from './contrast-check';

const active = testCodebook(); // id 'test', version 3

describe('codebook files', () => {
  it('names the export after the id and version', () => {
    expect(exportFileName(active)).toBe('test-v3.codebook.json');
    expect(exportFileName({ ...active, id: 'a/b c' })).toBe('a-b-c-v3.codebook.json');
  });

  it('bumps an import of the active codebook at or below its version', () => {
    expect(importStartVersion(active, { ...active, version: 2 })).toBe(4);
    expect(importStartVersion(active, { ...active, version: 3 })).toBe(4);
    expect(importStartVersion(active, { ...active, version: 9 })).toBe(9);
    expect(importStartVersion(active, { ...active, id: 'other', version: 1 })).toBe(1);
  });

  it('compares content whatever the version and field order', () => {
    const renamed = renameItem(active, active.items[0]!.id, 'Other');
    expect(renamed.ok && hasSameContent(renamed.value, active)).toBe(false);
    const reordered = {
      ...active,
      items: active.items.map(({ id, ...rest }) => ({ ...rest, id })),
    };
    expect(hasSameContent({ ...reordered, version: 7 }, active)).toBe(true);
  });

  it('says what an import did, including a bumped version', () => {
    const text = describeImport({ ...active, version: 4 }, 2, active, undefined);
    expect(text).toContain('Imported “Test” (6 items, 1 retired) as version 4.');
    expect(text).toContain('The file said version 2');
  });
});

describe('checkColour', () => {
  it('measures contrast and flags a look-alike sibling', () => {
    const check = checkColour('#1f6feb', 'x', active.items);
    expect(check?.underline.isEnough).toBe(true);
    expect(check?.closeSibling?.difference).toBe(0);
    expect(checkColour('#ffff00', 'x', [])?.underline.isEnough).toBe(false);
    expect(checkColour('#12', 'x', [])).toBeUndefined();
  });
});

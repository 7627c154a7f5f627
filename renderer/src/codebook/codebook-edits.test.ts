import { describe, expect, it } from 'vitest';
import {
  addItem,
  moveItem,
  recolourItem,
  rekeyItem,
  renameItem,
  retireItem,
  suggestItemId,
  unretireItem,
} from './codebook-edits';
import { getItem, indexCodebook, resolveKeySequence } from './codebook-lookup';
import type { Codebook, CodebookResult } from './codebook-types';
import { itemId, testCodebook } from './test-codebook';

function ok(result: CodebookResult<Codebook>): Codebook {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function error(result: CodebookResult<Codebook>): string {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

const base = testCodebook();

describe('codebook edits', () => {
  it('adds an item after its siblings and bumps the version', () => {
    const next = ok(
      addItem(base, {
        id: itemId('technique.doubt'),
        label: 'Doubt',
        colour: '#AA3300',
        parentId: itemId('technique'),
        key: 'D',
      }),
    );
    expect(next.version).toBe(base.version + 1);
    expect(next.items.map((item) => item.id).indexOf(itemId('technique.doubt'))).toBe(4);
    expect(getItem(indexCodebook(next), 'technique.doubt')).toMatchObject({
      colour: '#aa3300',
      key: 'd',
      retired: false,
    });
    expect(base.items).toHaveLength(6);
  });

  it('refuses a duplicate id, a missing parent and a bad colour', () => {
    expect(error(addItem(base, { id: itemId('entity'), label: 'x', colour: '#000000' }))).toMatch(
      /already exists/,
    );
    expect(
      error(
        addItem(base, { id: itemId('x'), label: 'x', colour: '#000000', parentId: itemId('no') }),
      ),
    ).toMatch(/Parent "no" is not in this codebook/);
    expect(error(recolourItem(base, itemId('entity'), 'teal'))).toMatch(/not a colour/);
  });

  it('renames and recolours, keeping the id', () => {
    const renamed = ok(renameItem(base, itemId('entity.person'), '  Individual '));
    expect(getItem(indexCodebook(renamed), 'entity.person')?.label).toBe('Individual');
    expect(renamed.version).toBe(4);
    expect(error(renameItem(base, itemId('entity.person'), ' '))).toMatch(/cannot be empty/);
    expect(error(renameItem(base, itemId('missing'), 'x'))).toMatch(/no item "missing"/);
    const recoloured = ok(recolourItem(renamed, itemId('entity'), '#123ABC'));
    expect(getItem(indexCodebook(recoloured), 'entity')?.colour).toBe('#123abc');
    expect(recoloured.version).toBe(5);
  });

  it('re-keys, refusing a clash within the category with a message', () => {
    expect(error(rekeyItem(base, itemId('technique.wording'), 'L'))).toBe(
      'Key "l" of "Manipulative wording" is already used by "Loaded language" in its category.',
    );
    expect(error(rekeyItem(base, itemId('entity'), 't'))).toMatch(/among top-level items/);
    expect(error(rekeyItem(base, itemId('entity'), 'ab'))).toMatch(/single character/);
    const keyless = ok(rekeyItem(base, itemId('entity.person'), undefined));
    expect(getItem(indexCodebook(keyless), 'entity.person')?.key).toBeUndefined();
    // Another category's key, or a retired item's, is free.
    expect(rekeyItem(base, itemId('entity.person'), 'l').ok).toBe(true);
    expect(rekeyItem(base, itemId('technique.loaded'), 'o').ok).toBe(true);
  });

  it('moves an item, refusing cycles and key clashes in the new category', () => {
    const moved = ok(moveItem(base, itemId('technique.loaded'), itemId('technique')));
    expect(getItem(indexCodebook(moved), 'technique.loaded')?.parentId).toBe('technique');
    const top = ok(moveItem(base, itemId('entity.person'), undefined));
    expect(getItem(indexCodebook(top), 'entity.person')?.parentId).toBeUndefined();
    expect(error(moveItem(base, itemId('technique'), itemId('technique.loaded')))).toMatch(
      /Cannot move "Persuasion techniques" inside itself/,
    );
    expect(error(moveItem(base, itemId('technique'), itemId('technique')))).toMatch(
      /inside itself/,
    );
    const clash = ok(rekeyItem(base, itemId('entity.person'), 'l'));
    expect(error(moveItem(clash, itemId('entity.person'), itemId('technique')))).toMatch(
      /already used by "Loaded language"/,
    );
  });

  it('retires an item: hidden from shortcuts, still resolved by id', () => {
    const retired = ok(retireItem(base, itemId('technique.loaded')));
    const index = indexCodebook(retired);
    expect(getItem(index, 'technique.loaded')?.retired).toBe(true);
    expect(resolveKeySequence(index, ['t', 'l']).kind).toBe('none');
    expect(error(retireItem(retired, itemId('technique.loaded')))).toMatch(/already retired/);
    const back = ok(unretireItem(retired, itemId('technique.loaded')));
    expect(resolveKeySequence(indexCodebook(back), ['t', 'l']).kind).toBe('item');
    expect(back.version).toBe(base.version + 2);
    expect(error(unretireItem(base, itemId('entity')))).toMatch(/not retired/);
  });

  it('brings an item back without its key when the key was taken meanwhile', () => {
    const taken = ok(rekeyItem(base, itemId('technique.loaded'), 'o'));
    const back = ok(unretireItem(taken, itemId('technique.old')));
    const old = getItem(indexCodebook(back), 'technique.old');
    expect(old?.retired).toBe(false);
    expect(old?.key).toBeUndefined();
  });

  it('suggests fresh ids', () => {
    expect(suggestItemId(base, 'Appel à la peur', itemId('technique.wording'))).toBe(
      'technique.appel-a-la-peur',
    );
    expect(suggestItemId(base, 'Person', itemId('entity'))).toBe('entity.person-2');
    expect(suggestItemId(base, '!!!')).toBe('item');
  });
});

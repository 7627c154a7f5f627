/** A small codebook for tests: two categories, a nested group, one retired item. */
import type { Codebook, CodebookItem, CodebookItemId } from './codebook-types';

/** Builds a test item with defaults. */
export function testItem(id: string, fields: Partial<CodebookItem> = {}): CodebookItem {
  return {
    id: id as CodebookItemId,
    label: id,
    scope: 'span',
    description: '',
    colour: '#1f6feb',
    externalLabels: {},
    attributes: [],
    retired: false,
    ...fields,
  };
}

/** Casts a string to an item id. */
export const itemId = (id: string) => id as CodebookItemId;

/** technique(t) › wording(1) › loaded(l), old(o, retired); entity(e) › person(p). */
export function testCodebook(): Codebook {
  return {
    id: 'test',
    name: 'Test',
    version: 3,
    items: [
      testItem('technique', { label: 'Persuasion techniques', key: 't' }),
      testItem('technique.wording', {
        label: 'Manipulative wording',
        parentId: itemId('technique'),
        key: '1',
      }),
      testItem('technique.loaded', {
        label: 'Loaded language',
        parentId: itemId('technique.wording'),
        key: 'l',
        externalLabels: { semeval2023: 'Loaded_Language', ptc2020: 'Loaded_Language' },
      }),
      testItem('technique.old', {
        label: 'Old technique',
        parentId: itemId('technique'),
        key: 'o',
        retired: true,
      }),
      testItem('entity', { label: 'Entities', key: 'e' }),
      testItem('entity.person', {
        label: 'Person',
        parentId: itemId('entity'),
        key: 'p',
        externalLabels: { conll: 'PER', ontonotes: 'PERSON' },
      }),
    ],
  };
}

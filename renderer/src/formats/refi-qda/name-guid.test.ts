import { describe, expect, it } from 'vitest';
import { nameGuid, uuidV5 } from './name-guid';

describe('nameGuid', () => {
  it('is the standard version 5 UUID', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe(
      '886313E1-3B8A-5372-9B90-0C9AEE199E5D',
    );
  });

  it('gives every name the GUID earlier exports gave it', () => {
    // Recorded from the hand-written SHA-1 this module used before @noble/hashes: a QDA tool
    // that imported an earlier export must recognise the same codes, sources and selections.
    // Short and empty names, astral characters, and names over one 64-byte SHA-1 block.
    const recorded: [string, string][] = [
      ['', '5BE24447-5F1B-55BF-800F-706D57F173C2'],
      ['code:entity.person', '895FEECA-8B69-5A9A-9953-2F1A587A5425'],
      ['source:é😀', '041C8286-E7A7-5C33-9494-3F60D85621AC'],
      [`selection:${'x'.repeat(60)}`, '687E3D7A-48A9-5198-85B3-5827F1E4C92B'],
      [
        `coding:${'é'.repeat(40)}:technique.loaded-language`,
        '1F063B45-48FF-56C4-BCBC-7912B46995F6',
      ],
      ['user:a11ce000-0000-4000-8000-000000000001', '15A27EF1-EA2D-541F-BA75-D131535C04F4'],
    ];
    for (const [name, guid] of recorded) expect(nameGuid(name), name).toBe(guid);
  });

  it('is stable, distinct per name, and of the XSD GUID shape', () => {
    const guid = nameGuid('code:entity.person');
    expect(guid).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(nameGuid('code:entity.person')).toBe(guid);
    expect(nameGuid('code:entity.persoN')).not.toBe(guid);
  });
});

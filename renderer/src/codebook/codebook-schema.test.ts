import { describe, expect, it } from 'vitest';
import { parseCodebookFile, parseCodebookJson } from './codebook-schema';
import { serializeCodebook } from './codebook-export';
import { testCodebook } from './test-codebook';

/** The test codebook as a plain JSON value, ready to be damaged. */
function fileValue(): {
  type: string;
  version: number;
  codebook: { items: Record<string, unknown>[]; [field: string]: unknown };
} {
  return JSON.parse(serializeCodebook(testCodebook()));
}

function errorOf(data: unknown): string {
  const result = parseCodebookFile(data);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('parseCodebookFile', () => {
  it('reads a written codebook back unchanged', () => {
    const result = parseCodebookJson(serializeCodebook(testCodebook()));
    expect(result).toEqual({ ok: true, value: { codebook: testCodebook() } });
  });

  it('is lenient: drops unknown fields, fills defaults, normalises colours and keys', () => {
    const file = fileValue();
    file.codebook.items = [
      { id: 'entity', label: 'Entities', colour: '#ABC', key: 'E', futureField: 1, parentId: null },
      { id: 'entity.person', label: 'Person', parentId: 'entity' },
    ];
    delete file.codebook.version;
    const result = parseCodebookFile(file);
    if (!result.ok) throw new Error(result.error);
    const [entity, person] = result.value.codebook.items;
    expect(result.value.codebook.version).toBe(1);
    expect(entity).toEqual({
      id: 'entity',
      label: 'Entities',
      scope: 'span',
      description: '',
      colour: '#aabbcc',
      key: 'e',
      externalLabels: {},
      attributes: [],
      retired: false,
    });
    expect(person?.colour).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('upgrades a bare codebook (format 0) into the envelope', () => {
    const result = parseCodebookFile(fileValue().codebook);
    expect(result.ok && result.value.upgradedFrom).toBe(0);
  });

  it('refuses a file from a newer Sourcemark', () => {
    expect(errorOf({ ...fileValue(), version: 2 })).toMatch(
      /made by a newer Sourcemark \(format version 2; this one reads up to 1\)/,
    );
  });

  it('refuses foreign and non-JSON files', () => {
    expect(errorOf({ type: 'excalidraw', version: 1 })).toMatch(/not a Sourcemark codebook/);
    expect(errorOf([1, 2])).toMatch(/expected a JSON object/);
    const notJson = parseCodebookJson('{ nope');
    expect(!notJson.ok && notJson.error).toMatch(/not JSON/);
  });

  it('names the first malformed field and its path', () => {
    const file = fileValue();
    file.codebook.items[2] = { ...file.codebook.items[2], colour: 'blue' };
    expect(errorOf(file)).toMatch(/malformed at codebook\.items\[2\]\.colour: expected a colour/);
    const noLabel = fileValue();
    delete noLabel.codebook.items[1]?.label;
    expect(errorOf(noLabel)).toMatch(/codebook\.items\[1\]\.label/);
  });

  it('refuses duplicate ids, missing parents and cycles', () => {
    const duplicate = fileValue();
    duplicate.codebook.items.push({ ...duplicate.codebook.items[0], key: 'z' });
    expect(errorOf(duplicate)).toMatch(/items\[6\]\.id: duplicate id "technique"/);

    const orphan = fileValue();
    orphan.codebook.items[5] = { ...orphan.codebook.items[5], parentId: 'nowhere' };
    expect(errorOf(orphan)).toMatch(/items\[5\]\.parentId: parent "nowhere" is not in/);

    const cyclic = fileValue();
    cyclic.codebook.items[0] = { ...cyclic.codebook.items[0], parentId: 'technique.loaded' };
    expect(errorOf(cyclic)).toMatch(/items\[0\]\.parentId: .*cycle/);
  });

  it('refuses clashing keys in a category, but not across categories or with retired items', () => {
    const clash = fileValue();
    clash.codebook.items[5] = { ...clash.codebook.items[5], parentId: 'technique', key: 'l' };
    expect(errorOf(clash)).toMatch(/items\[5\]\.key: key "l" .* already used by "Loaded language"/);

    const ok = fileValue();
    ok.codebook.items[5] = { ...ok.codebook.items[5], key: 'l' };
    ok.codebook.items[2] = { ...ok.codebook.items[2], key: 'o' };
    expect(parseCodebookFile(ok).ok).toBe(true);
  });

  it('refuses an external label used twice in one scheme, except CoNLL', () => {
    const file = fileValue();
    file.codebook.items[3] = {
      ...file.codebook.items[3],
      externalLabels: { semeval2023: 'Loaded_Language' },
    };
    expect(errorOf(file)).toMatch(/semeval2023 label "Loaded_Language" is already on/);
  });
});

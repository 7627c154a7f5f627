import 'fake-indexeddb/auto';
import { beforeEach, expect, it } from 'vitest';
import { renameItem } from '../codebook/codebook-edits';
import type { CodebookItemId } from '../codebook/codebook-types';
import { db } from '../db/db';
import { getActiveCodebook, getCodebookVersion, saveCodebookVersion } from './codebook-repository';

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

it('starts on the default codebook, and an edit becomes a new active version', async () => {
  const first = await getActiveCodebook();
  expect(first.id).toBe('sourcemark-news-default');
  expect(first.version).toBe(1);

  const renamed = renameItem(first, 'entity.person' as CodebookItemId, 'Personne');
  if (!renamed.ok) throw new Error(renamed.error);
  await saveCodebookVersion(renamed.value);

  const active = await getActiveCodebook();
  expect(active.version).toBe(2);
  expect(active.items.find((item) => item.id === 'entity.person')?.label).toBe('Personne');
  // The old version still resolves for annotations made with it.
  const old = await getCodebookVersion(first.id, 1);
  expect(old?.items.find((item) => item.id === 'entity.person')?.label).not.toBe('Personne');
});

it('refuses to overwrite a stored version with other content', async () => {
  const first = await getActiveCodebook();
  await expect(saveCodebookVersion({ ...first, name: 'Changed in place' })).rejects.toThrow(
    /already exists/,
  );
});

it('never writes the bundled default over a stored version that is not marked active', async () => {
  // An older app's database (or a backup) can hold the analyst's codebook versions without
  // an `activeCodebook` setting: start-up must take them, not replace them.
  const stored = {
    id: 'sourcemark-news-default',
    name: 'Our own codebook',
    version: 1,
    items: [],
  };
  await db.codebookVersions.bulkAdd([
    { codebookId: stored.id, version: 1, codebook: stored, savedAt: '2026-01-01T00:00:00.000Z' },
    {
      codebookId: stored.id,
      version: 2,
      codebook: { ...stored, version: 2 },
      savedAt: '2026-01-02T00:00:00.000Z',
    },
  ]);

  const active = await getActiveCodebook();

  expect(active).toEqual({ ...stored, version: 2 });
  expect((await db.codebookVersions.get([stored.id, 1]))?.codebook).toEqual(stored);
  expect((await db.settings.get('activeCodebook'))?.value).toEqual({
    codebookId: stored.id,
    version: 2,
  });
});

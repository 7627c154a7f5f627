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

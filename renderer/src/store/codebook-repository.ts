/**
 * The active codebook and every version of it. A version is never overwritten: an
 * annotation records the codebook id and version it was made with, and must still resolve
 * its label after the codebook was edited (a retired or renamed item keeps its id).
 */
import { DEFAULT_CODEBOOK_ID, loadDefaultCodebook } from '../codebook/default-codebook';
import type { Codebook } from '../codebook/codebook-types';
import { db, type SourcemarkDatabase } from '../db/db';

interface ActiveCodebookSetting {
  codebookId: string;
  version: number;
}

function isActiveSetting(value: unknown): value is ActiveCodebookSetting {
  const candidate = value as Partial<ActiveCodebookSetting> | null;
  return typeof candidate?.codebookId === 'string' && typeof candidate.version === 'number';
}

/**
 * The active codebook without writing anything (safe inside a live query): the stored
 * active version, or the bundled default when none is stored yet.
 */
export async function readActiveCodebook(from: SourcemarkDatabase = db): Promise<Codebook> {
  const active = (await from.settings.get('activeCodebook'))?.value;
  if (isActiveSetting(active)) {
    const row = await from.codebookVersions.get([active.codebookId, active.version]);
    if (row) return row.codebook as Codebook;
  }
  return loadDefaultCodebook();
}

/**
 * The codebook analysts annotate with now. On first use the bundled default is stored as
 * version 1 and made active, in one transaction, so annotations can name that version.
 */
export function getActiveCodebook(): Promise<Codebook> {
  return db.transaction('rw', db.settings, db.codebookVersions, async () => {
    const active = (await db.settings.get('activeCodebook'))?.value;
    if (isActiveSetting(active)) {
      const row = await db.codebookVersions.get([active.codebookId, active.version]);
      if (row) return row.codebook as Codebook;
    }
    const fallback = loadDefaultCodebook();
    await storeAndActivate(fallback);
    return fallback;
  });
}

async function storeAndActivate(codebook: Codebook): Promise<void> {
  await db.codebookVersions.put({
    codebookId: codebook.id,
    version: codebook.version,
    codebook,
    savedAt: new Date().toISOString(),
  });
  await db.settings.put({
    key: 'activeCodebook',
    value: { codebookId: codebook.id, version: codebook.version },
  });
}

/**
 * Stores `codebook` as a new version and makes it active. Refuses a version that already
 * exists with other content: versions are immutable once annotations may point at them.
 */
export function saveCodebookVersion(codebook: Codebook): Promise<void> {
  return db.transaction('rw', db.settings, db.codebookVersions, async () => {
    const existing = await db.codebookVersions.get([codebook.id, codebook.version]);
    if (existing && JSON.stringify(existing.codebook) !== JSON.stringify(codebook)) {
      throw new Error(
        `Codebook “${codebook.name}” version ${codebook.version} already exists with other content.`,
      );
    }
    await storeAndActivate(codebook);
  });
}

/** One stored version of a codebook, or `undefined`. */
export async function getCodebookVersion(
  codebookId: string,
  version: number,
): Promise<Codebook | undefined> {
  return (await db.codebookVersions.get([codebookId, version]))?.codebook as Codebook | undefined;
}

export { DEFAULT_CODEBOOK_ID };

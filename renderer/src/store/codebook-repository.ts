/**
 * The active codebook and every version of it. A version is never overwritten: an
 * annotation records the codebook id and version it was made with, and must still resolve
 * its label after the codebook was edited (a retired or renamed item keeps its id).
 */
import { DEFAULT_CODEBOOK_ID, loadDefaultCodebook } from '../codebook/default-codebook';
import type { Codebook } from '../codebook/codebook-types';
import { db, type SourcemarkDatabase } from '../db/db';
import { readOnlyReasonNow } from '../storage/write-guard';

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
  return (
    ((await latestStoredDefault(from))?.codebook as Codebook | undefined) ?? loadDefaultCodebook()
  );
}

/**
 * The newest stored version of the bundled codebook's id, if any. A workspace can hold
 * versions without an `activeCodebook` setting (a backup or an older app's database): those
 * are the analyst's, and the bundled default must never be written over them.
 */
function latestStoredDefault(from: SourcemarkDatabase = db) {
  return from.codebookVersions
    .where('[codebookId+version]')
    .between([DEFAULT_CODEBOOK_ID, -Infinity], [DEFAULT_CODEBOOK_ID, Infinity])
    .last();
}

/**
 * The codebook analysts annotate with now. With no active version set, the newest stored
 * version of the bundled codebook is made active; only when none is stored is the bundled
 * default stored as version 1 and made active (one transaction), so annotations can name
 * that version. A stored version is never replaced here.
 */
export function getActiveCodebook(): Promise<Codebook> {
  // A newer app's database is read-only (`storage/write-guard.ts`): read, never activate.
  if (readOnlyReasonNow() !== null) return readActiveCodebook();
  return db.transaction('rw', db.settings, db.codebookVersions, async () => {
    const active = (await db.settings.get('activeCodebook'))?.value;
    if (isActiveSetting(active)) {
      const row = await db.codebookVersions.get([active.codebookId, active.version]);
      if (row) return row.codebook as Codebook;
    }
    const stored = await latestStoredDefault();
    if (stored) {
      await activate(stored.codebookId, stored.version);
      return stored.codebook as Codebook;
    }
    const fallback = loadDefaultCodebook();
    // `add`, never `put`: should a version under this key exist after all, the write fails
    // (and the transaction with it) rather than replace what annotations point at.
    await db.codebookVersions.add(versionRow(fallback));
    await activate(fallback.id, fallback.version);
    return fallback;
  });
}

function versionRow(codebook: Codebook) {
  return {
    codebookId: codebook.id,
    version: codebook.version,
    codebook,
    savedAt: new Date().toISOString(),
  };
}

async function activate(codebookId: string, version: number): Promise<void> {
  await db.settings.put({ key: 'activeCodebook', value: { codebookId, version } });
}

async function storeAndActivate(codebook: Codebook): Promise<void> {
  await db.codebookVersions.put(versionRow(codebook));
  await activate(codebook.id, codebook.version);
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

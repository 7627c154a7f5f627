/**
 * The analyst using this profile: a stable id made at first use, and an editable name. The
 * analyst is also registered in the `analysts` table with role `self`, beside the colleagues
 * whose sets were imported, so every author of a stored annotation has a name.
 */
import type { AuthorId } from '../annotation/types';
import { db } from '../db/db';

/** Who is annotating. */
export interface Analyst {
  id: AuthorId;
  name: string;
}

function isAnalyst(value: unknown): value is Analyst {
  const candidate = value as Partial<Analyst> | null;
  return typeof candidate?.id === 'string' && typeof candidate.name === 'string';
}

/**
 * The profile's analyst as stored, or `undefined` before the first `getOrCreateAnalyst`.
 * Read-only: a screen that needs only the id (the Export dialog) need not wait for the
 * workspace's set-up, which also reads the undo history.
 */
export async function readAnalyst(): Promise<Analyst | undefined> {
  const stored = (await db.settings.get('analyst'))?.value;
  return isAnalyst(stored) ? stored : undefined;
}

/**
 * The profile's analyst, created on first call with a random id and an empty name (the UI
 * asks for it), and registered in `analysts` as `self`. Runs in one transaction so two first
 * calls cannot make two identities.
 */
export function getOrCreateAnalyst(): Promise<Analyst> {
  return db.transaction('rw', db.settings, db.analysts, async () => {
    const stored = (await db.settings.get('analyst'))?.value;
    const analyst: Analyst = isAnalyst(stored)
      ? stored
      : { id: crypto.randomUUID() as AuthorId, name: '' };
    if (!isAnalyst(stored)) await db.settings.put({ key: 'analyst', value: analyst });
    // Profiles made before the `analysts` table existed get their row on the next start.
    if (!(await db.analysts.get(analyst.id))) {
      await db.analysts.put({ id: analyst.id, name: analyst.name, role: 'self' });
    }
    return analyst;
  });
}

/** Renames the analyst; the id never changes, so their annotations stay theirs. */
export async function renameAnalyst(name: string): Promise<Analyst> {
  return db.transaction('rw', db.settings, db.analysts, async () => {
    const analyst = { ...(await getOrCreateAnalyst()), name: name.trim() };
    await db.settings.put({ key: 'analyst', value: analyst });
    await db.analysts.put({ id: analyst.id, name: analyst.name, role: 'self' });
    return analyst;
  });
}

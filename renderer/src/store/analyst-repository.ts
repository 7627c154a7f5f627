/** The analyst using this profile: a stable id made at first use, and an editable name. */
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
 * The profile's analyst, created on first call with a random id and an empty name (the UI
 * asks for it). Runs in one transaction so two first calls cannot make two identities.
 */
export function getOrCreateAnalyst(): Promise<Analyst> {
  return db.transaction('rw', db.settings, async () => {
    const stored = (await db.settings.get('analyst'))?.value;
    if (isAnalyst(stored)) return stored;
    const analyst: Analyst = { id: crypto.randomUUID() as AuthorId, name: '' };
    await db.settings.put({ key: 'analyst', value: analyst });
    return analyst;
  });
}

/** Renames the analyst; the id never changes, so their annotations stay theirs. */
export async function renameAnalyst(name: string): Promise<Analyst> {
  return db.transaction('rw', db.settings, async () => {
    const analyst = { ...(await getOrCreateAnalyst()), name: name.trim() };
    await db.settings.put({ key: 'analyst', value: analyst });
    return analyst;
  });
}

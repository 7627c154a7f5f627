/**
 * Reading the profile's own sets for an import: the analyst's, and the gold set. An import
 * writes into them only when the analyst chooses to (see `import-destination.ts`).
 */
import type { AuthorId } from '../annotation/types';
import { db } from '../db/db';
import { GOLD_ANALYST_NAME } from '../review/review-repository';
import { getOrCreateAnalyst } from '../store/analyst-repository';
import type { OwnSets } from './import-destination';

/**
 * The analyst (created on first use, as everywhere) and the gold sets. When there is no
 * gold set yet, `gold` is a new one with a fresh id: nothing is written here, the import
 * that writes into it registers it in its own transaction.
 */
export async function readOwnSets(): Promise<OwnSets> {
  const self = await getOrCreateAnalyst();
  const golds = await db.analysts.where('role').equals('gold').toArray();
  const gold = golds[0] ?? { id: crypto.randomUUID() as AuthorId, name: GOLD_ANALYST_NAME };
  return {
    self: { id: self.id, name: self.name },
    goldIds: new Set(golds.map((g) => g.id as string)),
    gold: { id: gold.id, name: gold.name },
  };
}

/**
 * Registering the authors of an import's stored annotations in `analysts`, inside the
 * import's transaction: colleagues (and copies of the analyst's or gold's annotations) by
 * the name the file gives, the gold set with its role kept, the analyst as they are.
 */
import type { Annotation } from '../annotation/types';
import { db } from '../db/db';
import type { SetKind } from './import-destination';
import type { SetImportReport } from './import-report';
import type { IncomingSet } from './incoming-set';

/**
 * Writes an analyst row for each author of `stored` but the analyst, and answers who they
 * are for the report. `kinds` says which set each author's annotations went to. Must run
 * inside a read-write transaction over `analysts`.
 */
export async function registerAuthors(
  incoming: IncomingSet,
  stored: readonly Annotation[],
  kinds: ReadonlyMap<string, SetKind>,
  now: string,
): Promise<SetImportReport['authors']> {
  const names = new Map(incoming.authors.map((a) => [a.id as string, a.name]));
  const ids = [...new Set(stored.map((a) => a.author as string))];
  const out: SetImportReport['authors'] = [];
  for (const id of ids) {
    const set = kinds.get(id) ?? 'colleague';
    const existing = await db.analysts.get(id as Annotation['author']);
    // The analyst's and gold's rows keep their names: a file does not rename them.
    const name =
      set === 'self' || set === 'gold'
        ? (existing?.name ?? names.get(id) ?? id)
        : (names.get(id) ?? id);
    if (set !== 'self') {
      await db.analysts.put({
        id: id as Annotation['author'],
        name,
        role: set === 'gold' ? 'gold' : 'colleague',
        importedAt: now,
      });
    }
    out.push({ id, name, set });
  }
  return out;
}

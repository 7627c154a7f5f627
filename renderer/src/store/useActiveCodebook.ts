import { useLiveQuery } from 'dexie-react-hooks';
import { indexCodebook, type CodebookIndex } from '../codebook/codebook-lookup';
import { readActiveCodebook } from './codebook-repository';

/** The active codebook, indexed, kept live across edits; `undefined` while loading. */
export function useActiveCodebook(): CodebookIndex | undefined {
  return useLiveQuery(async () => indexCodebook(await readActiveCodebook()));
}

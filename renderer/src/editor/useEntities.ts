import { useLiveQuery } from 'dexie-react-hooks';
import type { RegistryEntity } from '../annotation/types';
import { listEntities } from '../store/annotation-repository';

/** The entity registry, live; empty while loading. */
export function useEntities(): RegistryEntity[] {
  return useLiveQuery(listEntities) ?? [];
}

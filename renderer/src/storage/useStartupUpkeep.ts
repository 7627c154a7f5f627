import { useEffect } from 'react';
import { db } from '../db/db';
import { purgeExpiredTrash } from '../trash/trash-retention';
import {
  approximateTableSizes,
  estimateUsage,
  requestPersistentStorage,
  storageWarning,
} from './storage-health';
import { readOnlyReasonNow } from './write-guard';

/** What the trash emptied on its own, in words; `null` when nothing. */
export function purgeNotice(labels: readonly string[]): string | null {
  if (labels.length === 0) return null;
  const named = labels
    .slice(0, 3)
    .map((label) => `“${label}”`)
    .join(', ');
  const more = labels.length > 3 ? ` and ${labels.length - 3} more` : '';
  return `The trash let go of ${labels.length} ${labels.length === 1 ? 'item' : 'items'} past their retention: ${named}${more}.`;
}

/**
 * Once at start: empties what the trash kept past its retention, asks for persistent
 * storage, and warns when the quota is 80 % full, naming what takes the space. Each says
 * what it did through `notify`; a read-only workspace is left as it is.
 */
export function useStartupUpkeep(notify: (message: string) => void): void {
  useEffect(() => {
    let isCurrent = true;
    const say = (message: string | null) => {
      if (isCurrent && message) notify(message);
    };
    const run = async () => {
      if (readOnlyReasonNow() === null) say(purgeNotice(await purgeExpiredTrash()));
      await requestPersistentStorage();
      const usage = await estimateUsage();
      if (usage && usage.usage / usage.quota >= 0.8)
        say(storageWarning(usage, await approximateTableSizes(db)));
    };
    run().catch((error: unknown) =>
      console.error('[storage] the start-up checks could not run', error),
    );
    return () => {
      isCurrent = false;
    };
  }, [notify]);
}

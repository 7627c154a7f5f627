import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../db/db';
import { getOrCreateAnalyst, type Analyst } from '../store/analyst-repository';
import { writeEdit } from '../store/annotation-repository';
import { getActiveCodebook } from '../store/codebook-repository';
import { EditHistory } from '../store/edit-history';
import type { Workspace } from './workspace-context';

/**
 * Creates the profile's analyst and stores the active codebook on first start, then keeps
 * the analyst live (a rename shows at once). `null` until ready.
 */
export function useWorkspaceSetup(onError: (message: string) => void): Workspace | null {
  const [history] = useState(() => new EditHistory(writeEdit));
  const [isReady, setReady] = useState(false);
  useEffect(() => {
    Promise.all([getOrCreateAnalyst(), getActiveCodebook()]).then(
      () => setReady(true),
      (error: unknown) =>
        onError(`Annotations are unavailable: ${error instanceof Error ? error.message : error}`),
    );
  }, [onError]);
  const analyst = useLiveQuery(
    async () => (isReady ? ((await db.settings.get('analyst'))?.value as Analyst) : undefined),
    [isReady],
  );
  return analyst ? { analyst, history } : null;
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../db/db';
import { getOrCreateAnalyst, type Analyst } from '../store/analyst-repository';
import { getActiveCodebook } from '../store/codebook-repository';
import { EditHistory } from '../store/edit-history';
import { writeHistoryEdit } from '../trash/history-write';
import { UndoJournal } from '../undo/undo-journal';
import type { Workspace } from './workspace-context';

/**
 * Creates the profile's analyst and stores the active codebook on first start, then keeps
 * the analyst live (a rename shows at once). `null` until ready.
 */
export function useWorkspaceSetup(onError: (message: string) => void): Workspace | null {
  // The history is stored step by step (`undo/undo-journal.ts`) and read back at start.
  const [journal] = useState(() => new UndoJournal());
  const [history] = useState(() => new EditHistory(writeHistoryEdit, journal));
  const [isReady, setReady] = useState(false);
  useEffect(() => {
    Promise.all([
      getOrCreateAnalyst(),
      getActiveCodebook(),
      journal.load().then((stored) => history.restore(stored)),
    ]).then(
      () => setReady(true),
      (error: unknown) =>
        onError(`Annotations are unavailable: ${error instanceof Error ? error.message : error}`),
    );
  }, [onError, journal, history]);
  const analyst = useLiveQuery(
    async () => (isReady ? ((await db.settings.get('analyst'))?.value as Analyst) : undefined),
    [isReady],
  );
  return analyst ? { analyst, history } : null;
}

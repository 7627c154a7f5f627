import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { listAnalysts } from '../review/review-repository';
import { describeSets, setName } from '../review/review-sets';
import { useWorkspace } from '../shell/workspace-context';

/** Names authors as review does ("Me (Leyla)", "Aysel", "Analyst 1f3a…"), live. */
export function useAuthorNames(): (author: string) => string {
  const { analyst } = useWorkspace();
  const analysts = useLiveQuery(listAnalysts);
  return useCallback(
    (author: string) => setName(describeSets([author], analysts ?? [], analyst), author),
    [analysts, analyst],
  );
}

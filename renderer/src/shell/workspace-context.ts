/** The analyst and the app-wide undo history, handed to every screen that edits annotations. */
import { createContext, useContext } from 'react';
import type { Analyst } from '../store/analyst-repository';
import type { EditHistory } from '../store/edit-history';

export interface Workspace {
  analyst: Analyst;
  history: EditHistory;
}

export const WorkspaceContext = createContext<Workspace | null>(null);

/** The workspace; throws outside `WorkspaceContext` (the app root provides it). */
export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace needs WorkspaceContext (see App.tsx)');
  return workspace;
}

import { useCallback, useRef } from 'react';
import type { SourcemarkApi, TypedPathsMode } from '../../../preload/api';
import type { ImportReport } from '../import/import-report';
import type { ImportRequest } from '../import/import-session';
import { setFlag } from '../library/settings-repository';

/** Which path the user must type when no native dialog exists (browser mode). */
export type PathEntryMode = TypedPathsMode;

interface OpenCommandsOptions {
  api: SourcemarkApi;
  enqueue: (request: ImportRequest) => Promise<ImportReport>;
  notify: (message: string) => void;
  /** Called when the host has no native dialog: the UI offers typed paths instead. */
  onPathEntryNeeded: (mode: PathEntryMode) => void;
}

/**
 * The user's ways to add articles: file and folder dialogs, paths typed in their place
 * (browser mode), and the bundled samples.
 */
export function useOpenCommands({ api, enqueue, notify, onPathEntryNeeded }: OpenCommandsOptions) {
  // The menu accelerator and the page shortcut can both fire for one key press: one dialog.
  const isPicking = useRef(false);

  const pick = useCallback(
    async (mode: PathEntryMode) => {
      if (isPicking.current) return;
      isPicking.current = true;
      try {
        const answer =
          mode === 'files' ? await api.dialog.pickFiles() : await api.dialog.pickFolder();
        if (!answer.ok) {
          if (answer.error.code === 'dialog-unavailable') onPathEntryNeeded(mode);
          else notify(answer.error.message);
          return;
        }
        const picked = answer.value;
        if (typeof picked === 'string') void enqueue({ kind: 'folder', root: picked });
        else if (Array.isArray(picked) && picked.length > 0)
          void enqueue({ kind: 'paths', paths: picked });
      } finally {
        isPicking.current = false;
      }
    },
    [api, enqueue, notify, onPathEntryNeeded],
  );

  // The typed paths go to the host first: it reads only what the user gave it, and typing
  // is how a user gives paths where there is no dialog.
  const openTyped = useCallback(
    async (mode: PathEntryMode, typed: string[]) => {
      // A folder is one path: the first line, as before.
      const answer = await api.dialog.enterPaths(
        mode,
        mode === 'folder' ? typed.slice(0, 1) : typed,
      );
      if (!answer.ok) return notify(answer.error.message);
      const [root] = answer.value;
      if (mode === 'folder' && root !== undefined) void enqueue({ kind: 'folder', root });
      else if (answer.value.length > 0) void enqueue({ kind: 'paths', paths: answer.value });
    },
    [api, enqueue, notify],
  );

  const loadSamples = useCallback(async () => {
    const samples = await api.library.samplePaths();
    if (!samples.ok) return notify(samples.error.message);
    await enqueue({ kind: 'paths', paths: samples.value });
    await setFlag('samplesSeeded');
  }, [api, enqueue, notify]);

  return {
    openFiles: useCallback(() => void pick('files'), [pick]),
    openFolder: useCallback(() => void pick('folder'), [pick]),
    loadSamples: useCallback(() => void loadSamples(), [loadSamples]),
    openTyped: useCallback(
      (mode: PathEntryMode, paths: string[]) => void openTyped(mode, paths),
      [openTyped],
    ),
  };
}

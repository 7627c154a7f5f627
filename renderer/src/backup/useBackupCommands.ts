/**
 * The shell's side of backups: which backup dialog is open, the notes from before the app
 * mounted (a pre-upgrade snapshot, what a restore did before the page loaded again), and the daily snapshot while the app is used
 * (`daily-snapshot-schedule.ts`).
 */
import { useCallback, useEffect, useState } from 'react';
import type { SourcemarkApi } from '../../../preload/api';
import { db } from '../db/db';
import type { BackupDialogMode } from './BackupDialog';
import { scheduleDailySnapshots } from './daily-snapshot-schedule';
import { startupNotes } from './startup-snapshot';
import { takeSnapshot } from './take-snapshot';
import { isWorkspaceEmpty } from './workspace-empty';
import { takeRestoreReport } from './restore-report';

export function useBackupCommands(api: SourcemarkApi, notify: (message: string) => void) {
  const [dialog, setDialog] = useState<BackupDialogMode | null>(null);

  useEffect(() => {
    for (const note of startupNotes.splice(0)) notify(note);
    const restored = takeRestoreReport();
    if (restored) notify(restored);
  }, [notify]);

  useEffect(
    () =>
      scheduleDailySnapshots({
        listSnapshots: async () => {
          const listed = await api.backup.listSnapshots();
          return listed.ok ? listed.value.snapshots : undefined;
        },
        isWorkspaceEmpty: () => isWorkspaceEmpty(db),
        takeDailySnapshot: async () => void (await takeSnapshot(api, db, 'daily')),
        notify,
      }),
    [api, notify],
  );

  return {
    dialog,
    openBackup: useCallback(() => setDialog('backup'), []),
    openRestore: useCallback(() => setDialog('restore'), []),
    openBrowse: useCallback(() => setDialog('browse'), []),
    close: useCallback(() => setDialog(null), []),
  };
}

/**
 * The shell's side of backups: which backup dialog is open, the notes from before the app
 * mounted (a pre-upgrade snapshot), and the daily snapshot while the app is used: first a
 * while after start (so a quick look costs nothing), then checked every hour.
 */
import { useCallback, useEffect, useState } from 'react';
import type { SourcemarkApi } from '../../../preload/api';
import { db } from '../db/db';
import type { BackupDialogMode } from './BackupDialog';
import { isDailySnapshotDue } from './daily-snapshot';
import { startupNotes } from './startup-snapshot';
import { takeSnapshot } from './take-snapshot';

/** How long the app is open before the first daily check. */
export const DAILY_FIRST_CHECK_MS = 2 * 60_000;
const DAILY_CHECK_EVERY_MS = 60 * 60_000;

async function snapshotIfDue(api: SourcemarkApi, notify: (message: string) => void) {
  const listed = await api.backup.listSnapshots();
  if (!listed.ok || !isDailySnapshotDue(listed.value.snapshots, Date.now())) return;
  // An empty workspace has nothing to lose.
  const rows = await Promise.all(db.tables.map((table) => table.count()));
  if (rows.every((count) => count === 0)) return;
  try {
    await takeSnapshot(api, db, 'daily');
  } catch (error) {
    notify(
      `Today’s snapshot of the workspace failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

export function useBackupCommands(api: SourcemarkApi, notify: (message: string) => void) {
  const [dialog, setDialog] = useState<BackupDialogMode | null>(null);

  useEffect(() => {
    for (const note of startupNotes.splice(0)) notify(note);
  }, [notify]);

  useEffect(() => {
    let timer = setTimeout(function check() {
      void snapshotIfDue(api, notify);
      timer = setTimeout(check, DAILY_CHECK_EVERY_MS);
    }, DAILY_FIRST_CHECK_MS);
    return () => clearTimeout(timer);
  }, [api, notify]);

  return {
    dialog,
    openBackup: useCallback(() => setDialog('backup'), []),
    openRestore: useCallback(() => setDialog('restore'), []),
    openBrowse: useCallback(() => setDialog('browse'), []),
    close: useCallback(() => setDialog(null), []),
  };
}

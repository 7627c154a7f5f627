/** Where a backup or restore stands, for its progress bar. */
export interface BackupProgress {
  phase: 'export' | 'write' | 'verify' | 'read' | 'import' | 'snapshot' | 'switch';
  done: number;
  total: number;
  /** Bytes of the file, once known. */
  sizeBytes?: number;
}

/** What each phase is called on screen. */
export const PHASE_LABELS: Record<BackupProgress['phase'], string> = {
  export: 'Reading the workspace',
  write: 'Writing the file',
  verify: 'Verifying the file',
  read: 'Reading the backup',
  import: 'Importing and verifying',
  snapshot: 'Taking a snapshot of the current workspace',
  // Both paths end on the page loading again, on the restored rows or the new database.
  switch: 'Opening the restored workspace',
};

/** Short descriptions of a backup's contents and origin, for lists and reports. */
import type { BackupManifest, SnapshotReason } from '../../../preload/api';
import { counted } from '../sets/report-summary';
import type { InPlaceCounts } from './table-merge';

const REASON_LABELS: Record<SnapshotReason, string> = {
  daily: 'Daily snapshot',
  upgrade: 'Before a schema upgrade',
  'before-import': 'Before a large import',
  'before-restore': 'Before a restore',
};

/** What kind of copy a manifest describes. */
export function describeReason(manifest: BackupManifest | undefined): string {
  if (!manifest) return 'Unreadable';
  return manifest.reason ? REASON_LABELS[manifest.reason] : 'Backup';
}

/**
 * "1,000 articles · 100,000 annotations · 12 comments · 102,345 rows in 18 tables". The annotations are
 * the manifest's count, imported ones included; a file made before that count was kept says
 * what it can: its annotation rows, and the imported packs (one per article and colleague)
 * whose annotations it does not count.
 */
export function describeCounts(manifest: BackupManifest): string {
  const rowsOf = (name: string) => manifest.tables.find((t) => t.name === name)?.rows ?? 0;
  const all = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  const packs = rowsOf('annotationPacks');
  const annotations =
    manifest.annotations !== undefined
      ? counted(manifest.annotations, 'annotation', 'annotations')
      : counted(rowsOf('annotations'), 'annotation row', 'annotation rows') +
        (packs > 0 ? ` and ${counted(packs, 'imported pack', 'imported packs')}` : '');
  return [
    counted(rowsOf('articles'), 'article', 'articles'),
    annotations,
    counted(rowsOf('comments'), 'comment', 'comments'),
    `${counted(all, 'row', 'rows')} in ${counted(manifest.tables.length, 'table', 'tables')}`,
  ].join(' · ');
}

/** The date a backup was made, as the user's locale writes it. */
export function describeDate(manifest: BackupManifest): string {
  return new Date(manifest.createdAt).toLocaleString();
}

/** "12 rows written, 3 removed, 110,000 already as the backup holds them" (a restore in place). */
export function describeRestoreCounts(counts: InPlaceCounts): string {
  const number = (n: number) => n.toLocaleString('en');
  return (
    `${number(counts.written)} ${counts.written === 1 ? 'row' : 'rows'} written, ` +
    `${number(counts.deleted)} removed, ` +
    `${number(counts.unchanged)} already as the backup holds them`
  );
}

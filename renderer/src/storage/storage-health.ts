/**
 * The workspace's room on disk: asks the engine to keep it (persistent storage, so it is
 * never evicted under pressure), and measures how full the quota is and which tables take
 * the space, to warn before writes start failing.
 */
import type { Dexie } from 'dexie';

/** The share of the quota at which the app warns. */
export const WARN_AT = 0.8;

/** Rows read per table to estimate its size: enough for an average, cheap on any library. */
const SAMPLE_ROWS = 25;

/** One table's approximate size. */
export interface TableSize {
  table: string;
  rows: number;
  /** Approximate bytes (UTF-16 JSON of a sample of rows, times the row count). */
  bytes: number;
}

/** Usage against quota, as the engine estimates it. */
export interface StorageUsage {
  usage: number;
  quota: number;
}

/** Asks for persistent storage; answers whether the engine granted it (`false` when unsupported). */
export async function requestPersistentStorage(storage = navigator.storage): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted?.()) || (await storage.persist());
  } catch {
    return false;
  }
}

/** The engine's estimate, or `null` where it gives none. */
export async function estimateUsage(storage = navigator.storage): Promise<StorageUsage | null> {
  if (!storage?.estimate) return null;
  const { usage, quota } = await storage.estimate();
  return usage === undefined || !quota ? null : { usage, quota };
}

/** Each table's approximate size, largest first (reads a few rows of each, never all). */
export async function approximateTableSizes(database: Dexie): Promise<TableSize[]> {
  const sizes = await Promise.all(
    database.tables.map(async (table) => {
      const [rows, sample] = await Promise.all([table.count(), table.limit(SAMPLE_ROWS).toArray()]);
      const sampleBytes = sample.reduce<number>(
        (sum, row) => sum + JSON.stringify(row).length * 2,
        0,
      );
      const bytes = sample.length === 0 ? 0 : Math.round((sampleBytes / sample.length) * rows);
      return { table: table.name, rows, bytes };
    }),
  );
  return sizes.sort((a, b) => b.bytes - a.bytes);
}

/** Bytes in words: "1.5 GB". */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}

/** What the tables' names mean to an analyst. */
const TABLE_WORDS: Record<string, string> = {
  articleTexts: 'article texts',
  articleOriginals: 'original files',
  articleVersions: 'earlier texts',
  annotations: 'annotations',
  annotationPacks: 'imported sets and restored annotations',
  trash: 'the trash',
  undoSteps: 'undo history',
  searchIndex: 'search index',
};

/**
 * The warning shown when `usage` reaches `WARN_AT` of the quota, naming the three largest
 * tables; `null` below it.
 */
export function storageWarning(usage: StorageUsage, sizes: readonly TableSize[]): string | null {
  const share = usage.usage / usage.quota;
  if (share < WARN_AT) return null;
  const largest = sizes
    .filter((size) => size.bytes > 0)
    .slice(0, 3)
    .map((size) => `${TABLE_WORDS[size.table] ?? size.table} ≈ ${formatBytes(size.bytes)}`)
    .join(', ');
  return (
    `Storage is ${Math.round(share * 100)} % full (${formatBytes(usage.usage)} of ` +
    `${formatBytes(usage.quota)}).` +
    (largest ? ` The most space goes to ${largest}.` : '') +
    ' Empty the trash or free disk space before the next large import.'
  );
}

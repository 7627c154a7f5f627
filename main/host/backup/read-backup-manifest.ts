/**
 * Reads what a backup file says about itself without reading the file: its manifest is the
 * last member of the top-level object (`…,"sourcemark":{…}}`), so the tail holds it whole.
 */
import { open } from 'node:fs/promises';
import { z } from 'zod';
import type { BackupManifest } from '../../../preload/api';

/** More than any manifest needs (a few hundred bytes per table). */
const TAIL_BYTES = 256 * 1024;

const manifestSchema = z.object({
  kind: z.literal('sourcemark-backup'),
  formatVersion: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  createdAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int().positive(),
  reason: z.enum(['daily', 'upgrade', 'before-import', 'before-restore']).optional(),
  tables: z.array(
    z.object({
      name: z.string(),
      rows: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
  annotations: z.number().int().nonnegative().optional(),
});

/** The manifest in a file's last bytes `tail`, or a sentence saying why there is none. */
export function parseManifestTail(tail: string): BackupManifest | { problem: string } {
  const at = tail.lastIndexOf('"sourcemark":');
  const end = tail.lastIndexOf('}');
  if (at < 0 || end < at) return { problem: 'Not a Sourcemark backup (no manifest at its end).' };
  try {
    const parsed = manifestSchema.safeParse(
      JSON.parse(tail.slice(at + '"sourcemark":'.length, end)),
    );
    if (parsed.success) return parsed.data as BackupManifest;
  } catch {
    // Falls through to the problem below: a cut or edited file.
  }
  return { problem: 'The backup’s manifest cannot be read: the file is cut or was edited.' };
}

/** Reads the manifest of the backup file at `path`. */
export async function readBackupManifest(
  path: string,
): Promise<BackupManifest | { problem: string }> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    return parseManifestTail(buffer.toString('utf8'));
  } finally {
    await handle.close();
  }
}

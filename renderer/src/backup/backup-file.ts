/**
 * The backup file: dexie-export-import's JSON (`{"formatName":"dexie",…,"data":{…}}`) with
 * the Sourcemark manifest appended as the object's last member (`…,"sourcemark":{…}}`), so
 * the library reads the file as its own (it ignores the extra member) and the manifest, made
 * once every row is out, can be read from the file's tail without reading the rest.
 */
import type { BackupManifest } from '../../../preload/api';

const MANIFEST_KEY = '"sourcemark":';
/** Bytes read from the end to find the manifest: more than any manifest takes. */
const TAIL_BYTES = 256 * 1024;
/** Bytes read from the start to find the database name dexie-export-import wrote. */
const HEAD_BYTES = 4096;
const DATABASE_NAME_AT_START =
  /^(\{"formatName":"dexie","formatVersion":1,"data":\{"databaseName":)"(?:[^"\\]|\\.)*"/;

/**
 * `exported` with `manifest` appended, and the database name in its header set to `name`:
 * the workspace's database may live under another name after a restore (`active-database.ts`),
 * and two backups of one workspace should not differ by it.
 */
export async function withManifest(
  exported: Blob,
  manifest: BackupManifest,
  name: string,
): Promise<Blob> {
  const head = await exported.slice(0, HEAD_BYTES).text();
  const found = DATABASE_NAME_AT_START.exec(head);
  if (!found) throw new Error('The export does not start as dexie-export-import writes it.');
  // Only the matched prefix is replaced: its bytes are counted exactly, whatever follows.
  const headBytes = new TextEncoder().encode(found[0]).length;
  const lastByte = await exported.slice(exported.size - 1).text();
  if (lastByte !== '}') throw new Error('The export does not end its JSON object.');
  return new Blob(
    [
      `${found[1]}${JSON.stringify(name)}`,
      exported.slice(headBytes, exported.size - 1),
      manifestMember(manifest),
    ],
    { type: 'application/json' },
  );
}

/** The manifest as the file's last member, with the brace closing the file. */
export function manifestMember(manifest: BackupManifest): string {
  return `,${MANIFEST_KEY}${JSON.stringify(manifest)}}`;
}

function isManifest(value: unknown): value is BackupManifest {
  const candidate = value as Partial<BackupManifest> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.kind === 'sourcemark-backup' &&
    [1, 2, 3].includes(candidate.formatVersion ?? 0) &&
    typeof candidate.schemaVersion === 'number' &&
    typeof candidate.appVersion === 'string' &&
    typeof candidate.createdAt === 'string' &&
    Array.isArray(candidate.tables) &&
    candidate.tables.every(
      (table) =>
        typeof table?.name === 'string' &&
        Number.isInteger(table.rows) &&
        typeof table.sha256 === 'string' &&
        /^[0-9a-f]{64}$/.test(table.sha256),
    )
  );
}

/** The manifest at the end of a backup `file`, or a sentence saying why there is none. */
export async function readManifest(file: Blob): Promise<BackupManifest | { problem: string }> {
  const tail = await file.slice(Math.max(0, file.size - TAIL_BYTES)).text();
  const at = tail.lastIndexOf(MANIFEST_KEY);
  const end = tail.lastIndexOf('}');
  if (at < 0 || end < at)
    return { problem: 'This is not a Sourcemark backup: it has no manifest at its end.' };
  try {
    const parsed: unknown = JSON.parse(tail.slice(at + MANIFEST_KEY.length, end));
    if (isManifest(parsed)) return parsed;
  } catch {
    // A cut or edited file: said below.
  }
  return { problem: 'The backup’s manifest cannot be read: the file is cut or was edited.' };
}

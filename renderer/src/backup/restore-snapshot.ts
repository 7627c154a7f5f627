/**
 * The snapshot a restore in place takes of the workspace it replaces, made from the stored
 * rows the restore reads anyway (`table-merge.ts` tells every one of them, as it was,
 * to `keepStored`). Why: the snapshot used to read and spell every stored row first, and
 * the restore's transaction waited for that read before reading and spelling every row
 * again; now one read inside the restore's own transaction does both, and that
 * transaction's single moment is the snapshot's.
 *
 * The file is the plain export's, byte for byte the layout and row spelling a backup of
 * the same rows has (the property test in `backup-restore.test.ts` compares them), streamed
 * to the host, read back and digested as it goes, then verified and named before the
 * restore commits. */
import type { Dexie } from 'dexie';
import type { BackupManifest } from '../../../preload/api';
import { ORIGINAL_DATABASE_NAME } from './active-database';
import { manifestMember } from './backup-file';
import { manifestOf } from './export-workspace';
import type { StoredRowsSink } from './table-merge';
import { FileRowEncoder } from './file-rows';
import { PlainFileWriter, type ExportSink } from './plain-file-writer';
import { DIGEST_FORMAT_VERSION, TableDigests } from './table-digest';

/** The snapshot file fails: the restore must stop with nothing changed. */
export class SnapshotFailed extends Error {
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

export class RestoreSnapshot implements StoredRowsSink {
  readonly tables: readonly string[];
  private readonly digests = new TableDigests(DIGEST_FORMAT_VERSION);
  private readonly encoder = new FileRowEncoder(this.digests);
  private file: PlainFileWriter | undefined;
  private rowCount = 0;

  /** Writes the snapshot of `current`'s tables (the app's schema and order) into `out`. */
  constructor(
    private readonly current: Dexie,
    private readonly out: ExportSink,
  ) {
    this.tables = current.tables.map((table) => table.name);
  }

  /**
   * Whether a restore of `manifest`'s file can tell its stored rows to this snapshot: the
   * file's tables in the workspace's order (so the merge reads them in the snapshot's), and
   * its rows spelled as this snapshot's digest spells them.
   */
  static canTake(current: Dexie, manifest: BackupManifest): boolean {
    const order = current.tables.map((table) => table.name);
    return (
      manifest.formatVersion === DIGEST_FORMAT_VERSION &&
      JSON.stringify(manifest.tables.map((table) => table.name)) === JSON.stringify(order)
    );
  }

  /** Rows told so far. */
  get totalRows(): number {
    return this.rowCount;
  }

  begin(counts: ReadonlyMap<string, number>): void {
    this.file = this.writing(
      () =>
        new PlainFileWriter(
          this.out,
          this.current,
          this.tables.map((name) => counts.get(name) ?? 0),
          ORIGINAL_DATABASE_NAME,
        ),
    );
  }

  rows(table: string, rows: readonly unknown[], spelled: readonly string[]): void {
    const file = this.file;
    if (!file) throw new Error('The snapshot was not begun.');
    // A row only the library can write (`NotPlain`) is thrown as it is: the caller then
    // takes the snapshot the other way.
    const encoded = this.encoder.encode(table, rows, spelled);
    this.writing(() => file.rows(table, encoded));
    this.rowCount += rows.length;
  }

  /** Ends the file with its manifest; answers the manifest. */
  async end(appVersion: string): Promise<BackupManifest> {
    const file = this.file;
    if (!file) throw new Error('The snapshot was not begun.');
    this.writing(() => file.end());
    const manifest = await manifestOf(this.current, this.digests, {
      appVersion,
      reason: 'before-restore',
    });
    this.writing(() => this.out.write(manifestMember(manifest)));
    return manifest;
  }

  /** `write`, its failure (the host's, passed on by the stream) told as the snapshot's. */
  private writing<T>(write: () => T): T {
    try {
      return write();
    } catch (error) {
      throw new SnapshotFailed(error);
    }
  }
}

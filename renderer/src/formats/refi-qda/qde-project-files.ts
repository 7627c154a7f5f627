/**
 * The files of a `.qdpx` archive: the project file and the internal sources it points at.
 * Only the archive is ever read: `internal://NAME` is looked up among its `sources/` entries
 * (either case, as tools differ), and `relative://` or `absolute://` paths, which point at
 * the disk of whoever wrote the project, are refused with a reason rather than followed.
 */
import type { ExportFile } from '../shared/export-input';

/** The archive's files, by lower-case path. */
export interface ProjectFiles {
  /** The project file's path and XML, or `undefined` when the archive has none. */
  project?: ExportFile;
  /** The text of `internal://NAME`, or why it cannot be read. */
  internalText(path: string): { ok: true; text: string } | { ok: false; reason: string };
}

/**
 * Indexes `files`. The project is `project.qde` at the root, or else the one `.qde` file at
 * the root (QualCoder has met projects that name it otherwise).
 */
export function projectFiles(files: readonly ExportFile[]): ProjectFiles {
  const byPath = new Map<string, string>();
  for (const file of files) byPath.set(file.path.toLowerCase(), file.content);
  const atRoot = files.filter((f) => !f.path.includes('/') && /\.qde$/i.test(f.path));
  const project =
    atRoot.find((f) => f.path.toLowerCase() === 'project.qde') ??
    (atRoot.length === 1 ? atRoot[0] : undefined);
  return {
    ...(project ? { project } : {}),
    internalText(path) {
      const name = /^internal:\/\/(.+)$/i.exec(path.trim())?.[1];
      if (name === undefined) {
        return {
          ok: false,
          reason: `its text is outside the project file (${path.slice(0, 120)}); only internal sources are read`,
        };
      }
      const text = byPath.get(`sources/${name.toLowerCase()}`);
      return text === undefined
        ? { ok: false, reason: `its text file sources/${name.slice(0, 120)} is not in the archive` }
        : { ok: true, text };
    },
  };
}

/**
 * The file where main remembers the library's sources: every file it was granted and
 * ingested, so after a restart the watcher and a re-import still reach them while a path
 * the user never opened stays refused. Only main writes it; the renderer cannot add to it.
 *
 * One JSON string per line, appended: a large import adds its paths 25 at a time, and
 * rewriting a 20,000-path file for each chunk would write gigabytes. A line cut short by a
 * crash is skipped when read.
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, isAbsolute } from 'node:path';

/** The name of the file in the app's data folder (Electron) or config folder (browser mode). */
export const GRANTED_SOURCES_FILE_NAME = 'granted-sources.jsonl';

export interface GrantedSourcesFile {
  /** The remembered paths; none when the file is missing or unreadable. Never throws. */
  load(): Promise<string[]>;
  /** Appends `paths` (absolute) to the file, creating its folder if needed. */
  append(paths: readonly string[]): Promise<void>;
}

function parseLine(line: string): string | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'string' && isAbsolute(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The remembered sources at `filePath`. */
export function createGrantedSourcesFile(filePath: string): GrantedSourcesFile {
  return {
    async load() {
      let text: string;
      try {
        text = await readFile(filePath, 'utf8');
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'ENOENT')
          console.error(`[sourcemark] could not read ${filePath}`, error);
        return [];
      }
      return text.split('\n').flatMap((line) => parseLine(line) ?? []);
    },
    async append(paths) {
      if (paths.length === 0) return;
      await mkdir(dirname(filePath), { recursive: true });
      // JSON strings escape newlines, so a path with one stays on its line. The leading
      // newline closes a line a crash may have cut short; empty lines are skipped.
      await appendFile(filePath, `\n${paths.map((path) => JSON.stringify(path)).join('\n')}`);
    },
  };
}

/** File names for display, from the paths the host uses (POSIX, Windows, or `dropped:<name>`). */

const DROPPED = 'dropped:';

/** The last segment of `path` (`/a/b/c.txt` → `c.txt`, `dropped:c.txt` → `c.txt`). */
export function fileNameOf(path: string): string {
  const bare = path.startsWith(DROPPED) ? path.slice(DROPPED.length) : path;
  // Both separators: a library made on Windows keeps its paths when exported elsewhere.
  const trimmed = bare.replace(/[\\/]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  return trimmed.slice(cut + 1) || bare;
}

/**
 * Maps the path of a request for the renderer build to a file inside the build folder.
 * Both shells serve the build with it: the `app://` protocol (Electron) and the loopback
 * bridge (browser mode). Pure: it never touches the disk, so a missing file is the
 * caller's 404.
 */
import { join, resolve, sep } from 'node:path';

export type RendererPath =
  | { kind: 'file'; path: string }
  | { kind: 'not-found'; reason: 'malformed-escape' | 'forbidden-path' };

/**
 * Answers the file under `rendererDir` that the URL path `pathname` (still
 * percent-encoded, as `URL.pathname` gives it) names; `/` and the empty path name
 * `index.html`. A malformed escape, a NUL, a backslash, a `..` segment (also when
 * encoded) or any path that would leave the folder answers not-found, never a throw.
 */
export function resolveRendererPath(rendererDir: string, pathname: string): RendererPath {
  const encoded = pathname === '' || pathname === '/' ? '/index.html' : pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(encoded);
  } catch {
    // `%E0%A4%A` or a lone `%`: a URIError that used to escape as a 500 with a stack.
    return { kind: 'not-found', reason: 'malformed-escape' };
  }
  // A backslash is a separator on Windows (`..%5c..%5c`), a NUL truncates paths in native
  // code: no file of the build has either, so refuse them on every platform alike.
  if (decoded.includes('\0') || decoded.includes('\\')) {
    return { kind: 'not-found', reason: 'forbidden-path' };
  }
  if (decoded.split('/').includes('..')) return { kind: 'not-found', reason: 'forbidden-path' };
  const root = resolve(rendererDir);
  const file = join(root, decoded);
  // Belt and braces after the checks above: whatever join made of it stays in the folder.
  if (!file.startsWith(root + sep)) return { kind: 'not-found', reason: 'forbidden-path' };
  return { kind: 'file', path: file };
}

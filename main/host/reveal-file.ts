/**
 * "Reveal file" from the library's row menu: the decision of what to do with the path the
 * page sends, apart from the file system and Electron so it is tested under Node. The page
 * may only have shown a file the user opened in Sourcemark (a dialog, a drop, the command
 * line, a folder holding it) that is still a file: any other path the page names is
 * refused, so a compromised page cannot use the file manager to probe the disk.
 */
import type { RevealedFile } from '../../preload/api';

/** What the host found about the path. */
export interface RevealFacts {
  /** The path, absolute and normalised. */
  path: string;
  /** Whether the user opened it in Sourcemark (`path-grants.ts`). */
  isGranted: boolean;
  /** What is on disk there now. */
  onDisk: 'file' | 'folder' | 'missing';
  /** Whether this shell can open the system's file manager (Electron: yes; browser mode: no). */
  canShowInFolder: boolean;
}

export type RevealDecision =
  | { kind: 'show'; answer: RevealedFile }
  | { kind: 'answer'; answer: RevealedFile }
  | { kind: 'refuse'; reason: string };

/** What to do for `facts`: show the file, only answer its path, or refuse with the reason. */
export function decideReveal(facts: RevealFacts): RevealDecision {
  if (!facts.isGranted)
    return {
      kind: 'refuse',
      reason: `“${facts.path}” is not a file opened in Sourcemark.`,
    };
  if (facts.onDisk === 'missing')
    return { kind: 'refuse', reason: `“${facts.path}” is no longer on disk.` };
  if (facts.onDisk === 'folder')
    return { kind: 'refuse', reason: `“${facts.path}” is a folder now, not the article's file.` };
  return facts.canShowInFolder
    ? { kind: 'show', answer: { path: facts.path, isShown: true } }
    : { kind: 'answer', answer: { path: facts.path, isShown: false } };
}

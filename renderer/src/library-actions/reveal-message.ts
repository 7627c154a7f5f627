/** The notice after "Show file location": where the article's file is, in words. */
import type { Result, RevealedFile } from '../../../preload/api';

/** What to tell the user for the host's answer about `title`'s file. */
export function revealMessage(title: string, answer: Result<RevealedFile>): string {
  if (!answer.ok) return `The file of “${title}” cannot be shown: ${answer.error.message}`;
  return answer.value.isShown
    ? `Shown in the file manager: “${title}” is ${answer.value.path}`
    : `“${title}” is at ${answer.value.path} (this browser cannot open a file manager).`;
}

/** The notice for an article that came as an upload: there is no file to show. */
export function uploadedMessage(title: string, sourceName: string): string {
  return `“${title}” was dropped into the window (${sourceName}); it has no file on disk.`;
}

/** Saves text as a file through the browser's download (a Blob URL on a temporary link). */

/**
 * Starts a download of `text` named `fileName`. The Blob URL is revoked on the next tick,
 * after the click has handed it to the download manager.
 */
export function downloadText(text: string, fileName: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

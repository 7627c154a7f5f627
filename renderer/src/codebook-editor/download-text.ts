/** Saving text as a file from the page, the way a browser download does. */

/**
 * Offers `text` as a download named `fileName` through a temporary object URL and an
 * `<a download>` click; the host decides where it goes (Electron asks, a browser saves).
 */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download before the browser has read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

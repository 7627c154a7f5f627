/**
 * Saving a file from the page (exports, codebooks, agreement tables), the way a browser
 * download does: Electron asks where, a browser saves.
 */

/** Offers `content` as a download named `fileName` through an object URL and `<a download>`. */
export function downloadFile(content: string | Uint8Array, fileName: string, type: string): void {
  const part: BlobPart = typeof content === 'string' ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type }));
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

/** Bytes to and from base64, the form backup chunks take over IPC and the loopback bridge. */

/** Encodes `bytes` as base64, in slices so no argument list grows with the chunk. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const SLICE = 0x8000;
  for (let at = 0; at < bytes.length; at += SLICE)
    parts.push(String.fromCharCode(...bytes.subarray(at, at + SLICE)));
  return btoa(parts.join(''));
}

/** Decodes base64 into bytes. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Bytes to and from base64, the form backup chunks take over IPC and the loopback bridge.
 * Chromium 140+ (Electron 45's) has `Uint8Array.prototype.toBase64` and
 * `Uint8Array.fromBase64`, native and several times faster than a loop over characters on
 * a 4 MB chunk; the loops stay for runtimes without them (jsdom in unit tests).
 */

interface NativeBase64 {
  toBase64?: (this: Uint8Array) => string;
}
interface NativeFromBase64 {
  fromBase64?: (base64: string) => Uint8Array<ArrayBuffer>;
}
const nativeToBase64 = (Uint8Array.prototype as NativeBase64).toBase64;
const nativeFromBase64 = (Uint8Array as unknown as NativeFromBase64).fromBase64;

/** Encodes `bytes` as base64, in slices so no argument list grows with the chunk. */
export function bytesToBase64(bytes: Uint8Array): string {
  if (nativeToBase64) return nativeToBase64.call(bytes);
  const parts: string[] = [];
  const SLICE = 0x8000;
  for (let at = 0; at < bytes.length; at += SLICE)
    parts.push(String.fromCharCode(...bytes.subarray(at, at + SLICE)));
  return btoa(parts.join(''));
}

/** Decodes base64 into bytes. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  if (nativeFromBase64) return nativeFromBase64(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

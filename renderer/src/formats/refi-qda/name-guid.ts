/**
 * Stable GUIDs for REFI-QDA: a name-based UUID (RFC 9562 version 5, SHA-1) of a string
 * such as `code:entity.person`, so exporting the same set twice gives the same project
 * file, and a QDA tool that imports it again recognises the same codes and sources. It
 * names things, it protects nothing, so SHA-1's weakness does not matter here.
 *
 * SHA-1 is `short-sha1.ts`: synchronous and allocation-free, since an export of 100,000
 * annotations names 220,000 things and per-message overhead (a hasher object, a promise)
 * was what cost, not the hashing; that file gives the measurements.
 */
import { sha1Of } from './short-sha1';

/** Sourcemark's namespace for REFI-QDA names (a random v4 UUID, fixed forever). */
const NAMESPACE = '8d0f6c9e-3b1a-4f57-9e2c-6a4d2b7e5c13';

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0').toUpperCase());

/**
 * The upper-case GUID (`8-4-4-4-12` hex digits, the XSD's `GUIDType`) of `name`: equal
 * names give equal GUIDs, different names different ones (barring a SHA-1 collision).
 */
export function nameGuid(name: string): string {
  return uuidV5(NAMESPACE, name);
}

/** The bytes of each namespace met, parsed once: every GUID of an export shares one. */
const namespaceBytes = new Map<string, Uint8Array>();

/** The version 5 UUID of `name` (UTF-8) in `namespace` (a UUID), upper-case. */
export function uuidV5(namespace: string, name: string): string {
  let space = namespaceBytes.get(namespace);
  if (!space) {
    space = Uint8Array.from(namespace.replace(/-/g, '').match(/../g)!, (hex) => parseInt(hex, 16));
    namespaceBytes.set(namespace, space);
  }
  // The digest's buffer is reused by the next call: it is read to the end before returning.
  const bytes = sha1Of(space, name);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  let hex = '';
  for (let i = 0; i < 16; i++)
    hex += (i === 4 || i === 6 || i === 8 || i === 10 ? '-' : '') + HEX[bytes[i]!];
  return hex;
}

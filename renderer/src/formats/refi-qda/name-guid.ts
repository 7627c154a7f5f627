/**
 * Stable GUIDs for REFI-QDA: a name-based UUID (RFC 9562 version 5, SHA-1) of a string
 * such as `code:entity.person`, so exporting the same set twice gives the same project
 * file, and a QDA tool that imports it again recognises the same codes and sources. Web
 * Crypto only hashes asynchronously, and exporters are synchronous, hence the small SHA-1
 * below; it names things, it protects nothing.
 */

/** Sourcemark's namespace for REFI-QDA names (a random v4 UUID, fixed forever). */
const NAMESPACE = '8d0f6c9e-3b1a-4f57-9e2c-6a4d2b7e5c13';

/**
 * The upper-case GUID (`8-4-4-4-12` hex digits, the XSD's `GUIDType`) of `name`: equal
 * names give equal GUIDs, different names different ones (barring a SHA-1 collision).
 */
export function nameGuid(name: string): string {
  return uuidV5(NAMESPACE, name);
}

/** The version 5 UUID of `name` in `namespace` (a UUID), upper-case. */
export function uuidV5(namespace: string, name: string): string {
  const space = namespace
    .replace(/-/g, '')
    .match(/../g)!
    .map((hex) => parseInt(hex, 16));
  const bytes = sha1([...space, ...new TextEncoder().encode(name)]).slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)]
    .join('-')
    .toUpperCase();
}

/** SHA-1 (FIPS 180-4) of `message`, 20 bytes. */
export function sha1(message: readonly number[]): number[] {
  const bitLength = message.length * 8;
  const padded = [...message, 0x80];
  while (padded.length % 64 !== 56) padded.push(0);
  // Messages here are short: the high 32 bits of the 64-bit length are zero.
  padded.push(0, 0, 0, 0, ...wordBytes(bitLength >>> 0));
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Array<number>(80);
  for (let block = 0; block < padded.length; block += 64) {
    for (let t = 0; t < 16; t++) {
      const i = block + t * 4;
      w[t] = (padded[i]! << 24) | (padded[i + 1]! << 16) | (padded[i + 2]! << 8) | padded[i + 3]!;
    }
    for (let t = 16; t < 80; t++) w[t] = rotl(w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!, 1);
    let [a, b, c, d, e] = h as [number, number, number, number, number];
    for (let t = 0; t < 80; t++) {
      const [f, k] =
        t < 20
          ? [(b & c) | (~b & d), 0x5a827999]
          : t < 40
            ? [b ^ c ^ d, 0x6ed9eba1]
            : t < 60
              ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
              : [b ^ c ^ d, 0xca62c1d6];
      const temp = (rotl(a, 5) + f + e + k + w[t]!) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = temp;
    }
    h[0] = (h[0]! + a) | 0;
    h[1] = (h[1]! + b) | 0;
    h[2] = (h[2]! + c) | 0;
    h[3] = (h[3]! + d) | 0;
    h[4] = (h[4]! + e) | 0;
  }
  return h.flatMap((word) => wordBytes(word >>> 0));
}

function rotl(x: number, n: number): number {
  return (x << n) | (x >>> (32 - n));
}

function wordBytes(word: number): number[] {
  return [(word >>> 24) & 0xff, (word >>> 16) & 0xff, (word >>> 8) & 0xff, word & 0xff];
}

/**
 * SHA-1 (FIPS 180-4) of many short messages, synchronously, with no allocation per message:
 * what a REFI-QDA export does for every GUID it names (`name-guid.ts`), 220,000 times for
 * 100,000 annotations. One module-level buffer holds the padded message and one the
 * schedule; the caller copies the digest out before the next call.
 *
 * Why not a library: @noble/hashes (used before) allocates a hasher, a DataView and buffers
 * per message, and that allocation, not the hashing, was its cost. 220,000 GUIDs in Node 20,
 * both in one process, five rounds on the shared 2-core machine: @noble/hashes 2.0–3.6 s,
 * this 0.6–1.2 s once warm (`short-sha1.test.ts` checks it against @noble/hashes on hundreds
 * of messages). Web Crypto's `crypto.subtle.digest` is one promise and one thread hop per
 * message, which costs more than hashing 60 bytes: 220,000 digests at once took 9–12 s in
 * Node (and were slower than @noble/hashes in Chromium too), and it would make every
 * exporter async. Node's `crypto` is not in the sandboxed renderer.
 * It names things and protects nothing, so SHA-1's weakness does not matter here.
 */

/** The padded message: grown when a longer one comes (names are tens of bytes). */
let message = new Uint8Array(256);
const schedule = new Int32Array(80);
const state = new Int32Array(5);
/** The last digest (20 bytes), overwritten by the next call. */
const digest = new Uint8Array(20);

/**
 * The SHA-1 of `prefix` followed by the UTF-8 of `text`. Answers a view that the next call
 * overwrites: copy what you keep.
 */
export function sha1Of(prefix: Uint8Array, text: string): Uint8Array {
  // Worst case 3 UTF-8 bytes per UTF-16 unit, plus 0x80, zero fill and the 8-byte length.
  const room = prefix.length + text.length * 3 + 72;
  if (message.length < room) message = new Uint8Array(room * 2);
  message.set(prefix, 0);
  const length = prefix.length + writeUtf8(text, prefix.length);
  return hashMessage(length);
}

const encoder = new TextEncoder();

/** Writes `text` as UTF-8 at `at`; answers the byte count. ASCII is copied without a call. */
function writeUtf8(text: string, at: number): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80)
      return i + encoder.encodeInto(text.slice(i), message.subarray(at + i)).written;
    message[at + i] = code;
  }
  return text.length;
}

/** Pads the `length` bytes at the start of `message` and hashes them into `digest`. */
function hashMessage(length: number): Uint8Array {
  const blocks = Math.ceil((length + 9) / 64);
  const end = blocks * 64;
  message[length] = 0x80;
  message.fill(0, length + 1, end - 8);
  // The length in bits as a 64-bit big-endian number (the high word for messages over 512 MB).
  const high = Math.floor(length / 0x20000000);
  const low = (length * 8) >>> 0;
  message[end - 8] = high >>> 24;
  message[end - 7] = high >>> 16;
  message[end - 6] = high >>> 8;
  message[end - 5] = high;
  message[end - 4] = low >>> 24;
  message[end - 3] = low >>> 16;
  message[end - 2] = low >>> 8;
  message[end - 1] = low;
  state[0] = 0x67452301;
  state[1] = 0xefcdab89 | 0;
  state[2] = 0x98badcfe | 0;
  state[3] = 0x10325476;
  state[4] = 0xc3d2e1f0 | 0;
  for (let at = 0; at < end; at += 64) compress(at);
  for (let i = 0; i < 5; i++) {
    const word = state[i]!;
    digest[i * 4] = word >>> 24;
    digest[i * 4 + 1] = word >>> 16;
    digest[i * 4 + 2] = word >>> 8;
    digest[i * 4 + 3] = word;
  }
  return digest;
}

/** One 64-byte block at `at` into `state`. */
function compress(at: number): void {
  const w = schedule;
  const m = message;
  for (let i = 0; i < 16; i++) {
    const j = at + i * 4;
    w[i] = (m[j]! << 24) | (m[j + 1]! << 16) | (m[j + 2]! << 8) | m[j + 3]!;
  }
  for (let i = 16; i < 80; i++) {
    const x = w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!;
    w[i] = (x << 1) | (x >>> 31);
  }
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  let e = state[4]!;
  // Four loops, one per round function, rather than a branch in each of the 80 rounds.
  for (let i = 0; i < 20; i++) {
    const t = (((a << 5) | (a >>> 27)) + ((b & c) | (~b & d)) + e + 0x5a827999 + w[i]!) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = t;
  }
  for (let i = 20; i < 40; i++) {
    const t = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + e + 0x6ed9eba1 + w[i]!) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = t;
  }
  for (let i = 40; i < 60; i++) {
    const t =
      (((a << 5) | (a >>> 27)) + ((b & c) | (b & d) | (c & d)) + e + 0x8f1bbcdc + w[i]!) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = t;
  }
  for (let i = 60; i < 80; i++) {
    const t = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + e + 0xca62c1d6 + w[i]!) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = t;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
}

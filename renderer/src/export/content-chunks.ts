/**
 * An export's file cut into chunks of bytes the host appends one by one. Text is cut between
 * code points, never inside a surrogate pair, and each piece encoded to UTF-8 on its own,
 * which gives exactly the bytes of the whole text encoded at once. Chunks travel to the host
 * as raw bytes (`exportFile.append`): never base64, never JSON around them.
 */

/** One chunk as the host's `exportFile.append` takes it: its own buffer, so it can be transferred. */
export type ContentChunk = Uint8Array<ArrayBuffer>;

/**
 * Characters (or bytes) per chunk: big enough that a call's cost is the data, not the call,
 * and small enough that handing one to the host stays a short task on the page's thread
 * (in browser mode a 1 MB chunk's `fetch` took 100–200 ms of it under load; the export
 * bench's CPU profile). A chunk of text is at most three bytes a character: under the
 * host's `MAX_CHUNK_BYTES`.
 */
export const CHUNK_UNITS = 256 * 1024;

/**
 * Bytes per chunk when the worker sends them to the bridge itself (browser mode): no page
 * thread to keep responsive, and each call's fixed cost (a request, a body handed to the
 * network stack, a write) paid eight times less often. Under the host's `MAX_CHUNK_BYTES`.
 */
export const BRIDGE_CHUNK_UNITS = 2 * 1024 * 1024;

const encoder = new TextEncoder();

/** The chunks of `content`, in order; none for an empty file. */
export function* contentChunks(
  content: string | Uint8Array,
  size: number = CHUNK_UNITS,
): Generator<ContentChunk> {
  if (typeof content === 'string') {
    for (let at = 0; at < content.length;) {
      let end = Math.min(at + size, content.length);
      // A cut between the halves of a surrogate pair moves so the pair stays in one chunk:
      // back, or forward when the pair is all the chunk holds.
      if (end < content.length && isHighSurrogate(content.charCodeAt(end - 1)))
        end += end - at > 1 ? -1 : 1;
      yield encoder.encode(content.slice(at, end));
      at = end;
    }
    return;
  }
  // Copies, not views: each chunk is transferred to the page, which would detach a view's
  // whole buffer.
  for (let at = 0; at < content.length; at += size) yield content.slice(at, at + size);
}

/** How many chunks `content` makes, for progress. */
export function chunkCount(content: string | Uint8Array, size: number = CHUNK_UNITS): number {
  return Math.ceil(content.length / size);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * A host call whose last argument is bytes (a backup or export chunk), as the bridge receives
 * it: the bytes are the `application/octet-stream` body, read within `maxBytes` as they
 * arrive, and the other arguments are JSON in the `x-sourcemark-args` header (URI-encoded). No base64
 * and no JSON around the bytes: a 4 MB chunk costs one copy, not an encoding, a parse and a
 * decoding. The arguments are validated afterwards by the channel's schema, as any call's.
 */
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error';
import { readBoundedBody } from './read-bounded-body';

export const ARGS_HEADER = 'x-sourcemark-args';
export const BYTES_CONTENT_TYPE = 'application/octet-stream';
/** Longest `x-sourcemark-args` accepted: the byte channels' other arguments are an id. */
const MAX_ARGS_HEADER_CHARS = 1024;

/** Whether `request` carries its last argument as a raw body. */
export function isBytesRequest(request: IncomingMessage): boolean {
  return (request.headers['content-type'] ?? '').startsWith(BYTES_CONTENT_TYPE);
}

function leadingArgs(request: IncomingMessage): unknown[] {
  const header = request.headers[ARGS_HEADER];
  if (typeof header !== 'string') throw new HttpError(400, `Missing ${ARGS_HEADER} header`);
  if (header.length > MAX_ARGS_HEADER_CHARS) throw new HttpError(400, `${ARGS_HEADER} too long`);
  let args: unknown;
  try {
    args = JSON.parse(decodeURIComponent(header));
  } catch {
    throw new HttpError(400, `Malformed ${ARGS_HEADER} header`);
  }
  if (!Array.isArray(args)) throw new HttpError(400, `${ARGS_HEADER} must be a JSON array`);
  return args;
}

/**
 * Resolves the call's arguments: the header's, then the body as a `Uint8Array`. Rejects with
 * an `HttpError`: 400 for a missing or malformed header, 413 as soon as the declared or
 * received size passes `maxBytes` (the rest of the body is drained, not buffered).
 */
export function readBytesCall(request: IncomingMessage, maxBytes: number): Promise<unknown[]> {
  let args: unknown[];
  try {
    args = leadingArgs(request);
  } catch (error) {
    request.resume();
    return Promise.reject(error);
  }
  const body = readBoundedBody(request, {
    maxBytes,
    tooLarge: () => new HttpError(413, `Request body too large (over ${maxBytes} bytes)`),
  });
  // A plain Uint8Array over the body's own memory, as IPC hands main a chunk.
  return body.then((bytes) => [
    ...args,
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  ]);
}

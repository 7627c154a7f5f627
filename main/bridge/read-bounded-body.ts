/**
 * A request body read within a byte bound, checked as it arrives: a body past the bound, or
 * one a chunk check refuses, is answered at once and the rest drained, never buffered.
 * Shared by the JSON calls (`read-json-body.ts`) and the byte calls (`read-bytes-call.ts`).
 */
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error';

export interface BodyBounds {
  maxBytes: number;
  /** The refusal for a body over `maxBytes` (declared or received). */
  tooLarge: () => HttpError;
  /** A refusal for a chunk, or `undefined` to keep reading. */
  check?: (chunk: Buffer) => HttpError | undefined;
}

/** Resolves the whole body; rejects with an `HttpError` as soon as it is refused. */
export function readBoundedBody(request: IncomingMessage, bounds: BodyBounds): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const refuse = (error: HttpError) => {
      // Answer now and let the rest of the body drain into nothing: closing the connection
      // while the client is still sending could reset it before the answer is read.
      request.off('data', onData);
      request.off('end', onEnd);
      request.resume();
      chunks.length = 0;
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > bounds.maxBytes) return refuse(bounds.tooLarge());
      const refusal = bounds.check?.(chunk);
      if (refusal) return refuse(refusal);
      chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks, size));
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', () => refuse(new HttpError(400, 'Request body aborted')));
    if (Number(request.headers['content-length']) > bounds.maxBytes) refuse(bounds.tooLarge());
  });
}

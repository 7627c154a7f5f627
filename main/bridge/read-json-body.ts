/**
 * Reads the JSON body of a bridge request within bounds on size and nesting, checked as the
 * bytes arrive, so a hostile or broken body is answered at once and never reaches
 * `JSON.parse` (whose time grows faster than the nesting of its input).
 */
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error';
import { createJsonDepthScanner } from './json-depth-scanner';

/**
 * Largest request body. The renderer uploads dropped files one per call, each at most
 * `AppInfo.maxFileBytes` (20 MB), which is 28 MB as base64: this leaves room for two.
 */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/**
 * Deepest nesting of arrays and objects accepted. The deepest call the renderer makes
 * (`ingestFiles` with a folder's stored pages) nests six levels.
 */
export const MAX_JSON_DEPTH = 32;

export interface JsonBodyLimits {
  maxBytes: number;
  maxDepth: number;
}

const DEFAULT_LIMITS: JsonBodyLimits = { maxBytes: MAX_BODY_BYTES, maxDepth: MAX_JSON_DEPTH };

/**
 * Resolves the parsed body of an `application/json` request. Rejects with an `HttpError`:
 * 415 for another content type, 413 as soon as the declared or received size passes
 * `maxBytes`, 400 as soon as the nesting passes `maxDepth`, and 400 for malformed JSON.
 * After a refusal the rest of the body is read and dropped, not buffered.
 */
export function readJsonBody(
  request: IncomingMessage,
  limits: JsonBodyLimits = DEFAULT_LIMITS,
): Promise<unknown> {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return Promise.reject(new HttpError(415, 'Expected application/json'));
  }
  const tooLarge = () =>
    new HttpError(413, `Request body too large (over ${limits.maxBytes / 1048576} MB)`);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const scanner = createJsonDepthScanner(limits.maxDepth);
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
      if (size > limits.maxBytes) return refuse(tooLarge());
      if (!scanner.push(chunk)) {
        return refuse(new HttpError(400, `JSON nested deeper than ${limits.maxDepth} levels`));
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new HttpError(400, 'Malformed JSON'));
      }
    };

    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', () => refuse(new HttpError(400, 'Request body aborted')));
    if (Number(request.headers['content-length']) > limits.maxBytes) refuse(tooLarge());
  });
}

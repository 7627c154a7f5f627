/**
 * Reads the JSON body of a bridge request within bounds on size and nesting, checked as the
 * bytes arrive, so a hostile or broken body is answered at once and never reaches
 * `JSON.parse` (whose time grows faster than the nesting of its input).
 */
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error';
import { createJsonDepthScanner } from './json-depth-scanner';
import { readBoundedBody } from './read-bounded-body';

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
  const scanner = createJsonDepthScanner(limits.maxDepth);
  const body = readBoundedBody(request, {
    maxBytes: limits.maxBytes,
    tooLarge: () =>
      new HttpError(413, `Request body too large (over ${limits.maxBytes / 1048576} MB)`),
    check: (chunk) =>
      scanner.push(chunk)
        ? undefined
        : new HttpError(400, `JSON nested deeper than ${limits.maxDepth} levels`),
  });
  return body.then((bytes) => {
    try {
      return JSON.parse(bytes.toString('utf8')) as unknown;
    } catch {
      throw new HttpError(400, 'Malformed JSON');
    }
  });
}

/**
 * The response headers of a file of the renderer build served under `app://`: its type,
 * the page's Content-Security-Policy, and no sniffing, so a file is only ever run as what
 * its extension says.
 */
import { extname } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { contentTypeFor } from './content-types';

/** Headers for serving the build file at `filePath` (only its extension is read). */
export function rendererFileHeaders(filePath: string): Record<string, string> {
  return {
    'content-type': contentTypeFor(extname(filePath)),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}

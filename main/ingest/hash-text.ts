/** The identity of an article's text, used to recognise duplicates across imports. */
import { createHash } from 'node:crypto';

/**
 * Lower-case hex SHA-256 of the UTF-8 bytes of `text`. Hash the normalised text
 * (`normaliseText`), so that line endings and Unicode forms do not make two copies of one
 * article look different.
 */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

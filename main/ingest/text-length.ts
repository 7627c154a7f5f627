/**
 * The article text-length limit (`MAX_ARTICLE_CHARS`), checked on the final text of every
 * format: a byte limit alone does not bound it (a 73 KB DOCX can hold 70 million
 * characters, and NFC turns some 4-byte characters into 6 code units). A text over the
 * limit is refused with a message, never cut short.
 */
import type { IngestFailure } from '../../preload/api';
import { expandsTooMuchFailure } from './failure-messages';
import { MAX_ARTICLE_CHARS } from './limits';

const count = (n: number): string => n.toLocaleString('en-US');

/**
 * The failure for a text of `chars` code units, over the limit. `isAtLeast` when reading
 * stopped at the limit, so the full length is unknown.
 */
export function textTooLongFailure(path: string, chars: number, isAtLeast = false): IngestFailure {
  const length = isAtLeast ? `more than ${count(MAX_ARTICLE_CHARS)}` : count(chars);
  return expandsTooMuchFailure(
    path,
    `its text is ${length} characters long, and an article holds at most ${count(MAX_ARTICLE_CHARS)}; split it into smaller files`,
  );
}

/**
 * The failure for the file at `path` when one of `texts` (the article's text, the whole
 * page's) is longer than `MAX_ARTICLE_CHARS`, else `undefined`.
 */
export function checkTextLength(
  path: string,
  ...texts: readonly (string | undefined)[]
): IngestFailure | undefined {
  const longest = Math.max(0, ...texts.map((text) => text?.length ?? 0));
  return longest > MAX_ARTICLE_CHARS ? textTooLongFailure(path, longest) : undefined;
}

/** Test data: `IngestedArticle`s as the host would answer them, with a real SHA-256. */
import type { IngestedArticle } from '../../../preload/api';

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** An ingested `.txt` article at `sourcePath` whose title is its first line. */
export async function ingestedArticle(
  sourcePath: string,
  text: string,
  overrides: Partial<IngestedArticle> = {},
): Promise<IngestedArticle> {
  const sourceName = sourcePath.split('/').pop() ?? sourcePath;
  return {
    sourcePath,
    sourceName,
    format: 'txt',
    sizeBytes: new TextEncoder().encode(text).length,
    modifiedAtMs: Date.UTC(2025, 2, 11),
    encoding: 'UTF-8',
    text,
    textSha256: await sha256Hex(text),
    title: text.split('\n')[0] ?? sourceName,
    language: 'fr',
    original: text,
    bodyRanges: text.length > 0 ? [{ start: 0, end: text.length }] : [],
    chromeRanges: [],
    metadata: { bylines: [], suggestions: [] },
    ...overrides,
  };
}

/**
 * The articles of a read file that the library lacks but whose text the file includes (a
 * native set with its texts, a W3C collection that embeds them): the import would add them
 * to the library. The dialog says how many before anything is written, and the analyst may
 * decline, leaving only the annotations on articles the library holds.
 */
import { db } from '../db/db';
import type { IncomingSet } from './incoming-set';
import { normalTextHashes } from './normal-texts';

/** The keys of `incoming`'s articles that carry a text no library article has. */
export async function newArticleKeys(incoming: IncomingSet): Promise<Set<string>> {
  if (!incoming.articles.some((article) => article.text !== undefined)) return new Set();
  // Hashed as the import hashes them, once for both: the normal form of the text.
  const [digests, held] = await Promise.all([
    normalTextHashes(incoming.articles),
    hashesHeld().then((hashes) => new Set(hashes)),
  ]);
  return new Set([...digests].filter(([, digest]) => !held.has(digest)).map(([key]) => key));
}

/** Every library article's text hash, from the index alone (no record, no text read). */
async function hashesHeld(): Promise<string[]> {
  return (await db.articles.orderBy('textSha256').uniqueKeys()) as string[];
}

/** `incoming` without the texts of the articles of `keys`, so the import cannot create them. */
export function withoutTexts(incoming: IncomingSet, keys: ReadonlySet<string>): IncomingSet {
  if (keys.size === 0) return incoming;
  return {
    ...incoming,
    articles: incoming.articles.map((article) => {
      if (!keys.has(article.key)) return article;
      const { text: _text, original: _original, ...rest } = article;
      return rest;
    }),
  };
}

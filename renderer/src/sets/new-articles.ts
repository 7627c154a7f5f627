/**
 * The articles of a read file that the library lacks but whose text the file includes (a
 * native set with its texts, a W3C collection that embeds them): the import would add them
 * to the library. The dialog says how many before anything is written, and the analyst may
 * decline, leaving only the annotations on articles the library holds.
 */
import { db } from '../db/db';
import { normaliseText } from '../text/normal-form';
import type { IncomingSet } from './incoming-set';
import { sha256Hex } from './sha256';

/** The keys of `incoming`'s articles that carry a text no library article has. */
export async function newArticleKeys(incoming: IncomingSet): Promise<Set<string>> {
  const withText = incoming.articles.filter((article) => article.text !== undefined);
  if (withText.length === 0) return new Set();
  // Hashed as the import hashes them: the normal form of the text.
  const digests = await Promise.all(withText.map((a) => sha256Hex(normaliseText(a.text!))));
  const held = new Set(await hashesHeld());
  return new Set(withText.filter((_, i) => !held.has(digests[i]!)).map((a) => a.key));
}

/** Every library article's text hash (one read of the article table, no texts). */
async function hashesHeld(): Promise<string[]> {
  return (await db.articles.toArray()).map((record) => record.textSha256);
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

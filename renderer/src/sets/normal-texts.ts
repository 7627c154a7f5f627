/**
 * The file's article texts in normal form and their SHA-256, worked out once per list of
 * articles: the dialog's preview (`new-articles.ts`: which articles the library lacks) and
 * the import itself (`import-set.ts`: matching by hash) both need them, and for a set of
 * 1,000 articles the second normalisation and hashing repeated what the preview had done.
 * A read set's article list is never changed once made (routing and label decisions copy
 * the set around it), so the list itself is the key.
 */
import { normaliseText } from '../text/normal-form';
import type { IncomingArticle } from './incoming-set';
import { sha256Hex } from './sha256';

const normalised = new WeakMap<readonly IncomingArticle[], IncomingArticle[]>();
const hashed = new WeakMap<readonly IncomingArticle[], Promise<Map<string, string>>>();

/**
 * `articles` with every text in normal form; a text that was not keeps what it was as its
 * original, so the stored article can still give the file back as it came. The same list
 * when every text was in normal form already.
 */
export function normalArticles(articles: readonly IncomingArticle[]): IncomingArticle[] {
  const known = normalised.get(articles);
  if (known) return known;
  let changed = false;
  const normal = articles.map((article) => {
    if (article.text === undefined) return article;
    const text = normaliseText(article.text);
    if (text === article.text) return article;
    changed = true;
    return { ...article, text, original: article.original ?? article.text };
  });
  const result = changed ? normal : (articles as IncomingArticle[]);
  normalised.set(articles, result);
  normalised.set(result, result);
  return result;
}

/** The SHA-256 of each article's text in normal form, by article key (articles with a text). */
export function normalTextHashes(
  articles: readonly IncomingArticle[],
): Promise<Map<string, string>> {
  const normal = normalArticles(articles);
  const known = hashed.get(normal);
  if (known) return known;
  const withText = normal.filter((article) => article.text !== undefined);
  const hashes = Promise.all(withText.map((article) => sha256Hex(article.text!))).then(
    (digests) => new Map(withText.map((article, index) => [article.key, digests[index]!])),
  );
  hashed.set(normal, hashes);
  // A failed digest is not kept: the next caller tries again.
  hashes.catch(() => hashed.delete(normal));
  return hashes;
}

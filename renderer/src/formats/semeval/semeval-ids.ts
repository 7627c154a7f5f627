/**
 * The SemEval article id of each exported article. The corpora name an article by a number
 * in its file name (`article111111115.txt`) and every label line repeats it, so an article
 * that came from such a file keeps its id: the export lines up with the corpus, and with
 * anyone's predictions for it. Any other article gets a number derived from its text's
 * SHA-256 (the first 48 bits, in decimal): the same article has the same id in every export
 * and on every colleague's machine, whatever order or selection it is exported in. Numbers,
 * not the article's UUID, because the tasks' scorers and readers expect numeric ids.
 */
import type { ArticleId } from '../../annotation/types';
import type { ExportArticle } from '../shared/export-input';

/** An article's SemEval id and where it comes from. */
export interface SemEvalArticleId {
  id: string;
  /** `file-name`: kept from `article<ID>.txt`; `text-hash`: derived from the text's SHA-256. */
  from: 'file-name' | 'text-hash';
}

/** `article<ID>.txt`, as both tasks name their article files (the id letters, digits, `_`). */
const ARTICLE_FILE = /^article(\w+)\.txt$/;

/**
 * The ids of `articles`, all distinct. A file-name id is kept by the first article bearing
 * it; a later namesake, and a hash id already taken (a 1 in 10^14 chance per pair), move
 * to the next free number, so the ids depend on the order only in those cases.
 */
export function semEvalArticleIds(
  articles: readonly ExportArticle[],
): Map<ArticleId, SemEvalArticleId> {
  const ids = new Map<ArticleId, SemEvalArticleId>();
  const taken = new Set<string>();
  for (const article of articles) {
    const id = ARTICLE_FILE.exec(baseName(article.sourceName))?.[1];
    if (id === undefined || taken.has(id)) continue;
    taken.add(id);
    ids.set(article.id, { id, from: 'file-name' });
  }
  for (const article of articles) {
    if (ids.has(article.id)) continue;
    const hex = /^[0-9a-f]{12}/i.exec(article.textSha256)?.[0];
    let n = hex === undefined ? 1 : parseInt(hex, 16);
    while (taken.has(String(n))) n += 1;
    taken.add(String(n));
    ids.set(article.id, { id: String(n), from: 'text-hash' });
  }
  return ids;
}

/** The file name after the last folder separator (a source name is usually bare already). */
function baseName(name: string): string {
  return name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
}

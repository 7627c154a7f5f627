/** The article, codebook and context the editor's action tests share. */
import type { ArticleId, AuthorId } from '../annotation/types';
import { indexCodebook } from '../codebook/codebook-lookup';
import { loadDefaultCodebook } from '../codebook/default-codebook';
import type { AnnotationContext } from '../editor/annotation-actions';

export const TEXT = 'Le ministre Baïramov a souligné que le Kazakhstan restait un partenaire clé.';
export const article = 'article-1' as ArticleId;
export const codebook = indexCodebook(loadDefaultCodebook());

/** The default codebook's item `id`; throws when there is none. */
export const item = (id: string) => {
  const found = codebook.byId.get(id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

export const context: AnnotationContext = {
  articleId: article,
  text: TEXT,
  author: 'analyst-1' as AuthorId,
  codebook: { codebookId: codebook.codebook.id, version: codebook.codebook.version },
};

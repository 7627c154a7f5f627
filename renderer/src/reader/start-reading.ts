/**
 * Everything the reader waits for before it shows an article (the article and its text,
 * the first page of its annotations, the codebook), started by the action that opens it.
 * Issued from the click, these reads are in IndexedDB's hands while React renders the
 * reader's shell and runs its effects, which had each read wait 100+ ms on a loaded
 * machine; the reader's hooks then take over the reads under way (`store/shared-feed.ts`).
 */
import type { ArticleId } from '../db/records';
import { startReadingArticleAnnotations } from '../editor/useArticleAnnotations';
import { startReadingActiveCodebook } from '../store/useActiveCodebook';
import { startReadingArticle } from './useArticle';

export function startReading(id: ArticleId): void {
  startReadingArticle(id);
  startReadingArticleAnnotations(id);
  startReadingActiveCodebook();
}

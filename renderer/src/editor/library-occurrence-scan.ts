/**
 * "Annotate all occurrences" across the library, read a batch of articles at a time. Read
 * at once, 10,000 articles (50 MB of text) were one deserialisation and one search of every
 * text in a single task: 18 s of frozen page (issue 14). Here each batch is its own read,
 * the search of a batch gives the page back every few tens of milliseconds, and each batch's
 * hits are handed on as they are found, with how far the reading is, so the dialog shows
 * progress and a cancel stops the reading at the next batch.
 */
import type { ArticleId } from '../annotation/types';
import {
  listArticleIdsWithText,
  readSearchableArticles,
  type SearchableArticle,
} from '../store/annotation-repository';

/** How far a library scan is: articles read of all those with a text. */
export interface ScanProgress {
  done: number;
  total: number;
}

/** Where the scan reads articles; the repository's in the app, a fake in tests. */
export interface ScanStore {
  listIds(): Promise<ArticleId[]>;
  read(ids: readonly ArticleId[]): Promise<SearchableArticle[]>;
}

const APP_STORE: ScanStore = { listIds: listArticleIdsWithText, read: readSearchableArticles };

/** Articles per read: ~500 KB of text at the corpus's 5,000 characters an article. */
const BATCH = 100;
/** The longest the search runs before it lets the page paint and take input. */
const SLICE_MS = 25;

/** A task boundary: the page paints and handles input before the scan goes on. */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads every article with a text except `skip`, runs `findIn` on each, and calls `onBatch`
 * with each batch's hits and the progress (also once at the start, with none). Stops,
 * without calling `onBatch` again, once `signal` is aborted.
 */
export async function scanLibrary<Hit>(
  findIn: (article: SearchableArticle) => readonly Hit[],
  options: {
    skip: ArticleId;
    signal: AbortSignal;
    onBatch: (hits: Hit[], progress: ScanProgress) => void;
  },
  store: ScanStore = APP_STORE,
): Promise<void> {
  const ids = (await store.listIds()).filter((id) => id !== options.skip);
  if (options.signal.aborted) return;
  options.onBatch([], { done: 0, total: ids.length });
  for (let at = 0; at < ids.length; at += BATCH) {
    if (options.signal.aborted) return;
    const articles = await store.read(ids.slice(at, at + BATCH));
    if (options.signal.aborted) return;
    const hits: Hit[] = [];
    let sliceStart = performance.now();
    for (const article of articles) {
      hits.push(...findIn(article));
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        if (options.signal.aborted) return;
        sliceStart = performance.now();
      }
    }
    options.onBatch(hits, { done: Math.min(ids.length, at + BATCH), total: ids.length });
  }
}

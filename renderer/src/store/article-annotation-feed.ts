/**
 * One article's annotations, kept in step with the database by reading again only the rows
 * a write touched. A live query over the article reads every row again after each write: on
 * a 10,000-annotation article that is hundreds of milliseconds of reading, cloning and
 * key-range bookkeeping per keystroke, and 10,000 new objects for the views to compare.
 * Here the primary keys of each write (Dexie's `storagemutated` event, which also carries
 * the writes of other windows) are read back with one `bulkGet`, and every other row keeps
 * its object identity. A write whose keys are not listed (a range delete, a bulk write of
 * 50 rows or more, a cleared table) reads the whole article again, as the live query did.
 */
import { Dexie, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { Annotation, ArticleId } from '../annotation/types';
import { db } from '../db/db';
import { listArticleAnnotations } from './annotation-repository';
import { getAnnotations, PACKS_PART } from './annotation-storage';
import { patchArticleRows } from './article-rows';

/** The keys one write touched, or `'all'` when it names a range rather than keys. */
type Touched = Set<string> | 'all';

/** The primary keys in `tree` (Dexie's interval tree of a mutated part). */
function keysIn(tree: IntervalTree, into: Set<string>): boolean {
  const stack: IntervalTree[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('from' in node)) continue;
    if (typeof node.from !== 'string' || node.from !== node.to) return false;
    into.add(node.from);
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return true;
}

function merge(into: Touched, parts: ObservabilitySet, part: string): Touched {
  const tree = parts[part];
  if (!tree || into === 'all') return into;
  return keysIn(tree, into) ? into : 'all';
}

/**
 * Calls `onRows` with the annotations of `articleId` (all authors, `listArticleAnnotations`
 * order) once read, and again after every write that changed any of them; `onError` when
 * a read fails (the next write tries again). Answers the function that stops watching.
 */
export function watchArticleAnnotations(
  articleId: ArticleId,
  onRows: (rows: readonly Annotation[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const part = `idb://${db.name}/annotations/`;
  let rows: readonly Annotation[] | null = null;
  const byId = new Map<string, Annotation>();
  let touched: Touched = 'all';
  let isReading = false;
  let isStopped = false;

  const read = async (keys: Touched): Promise<readonly Annotation[]> => {
    if (keys === 'all' || rows === null) {
      const all = await listArticleAnnotations(articleId);
      byId.clear();
      for (const row of all) byId.set(row.id, row);
      return all;
    }
    const ids = [...keys];
    const found = await getAnnotations(ids as Annotation['id'][], articleId);
    return patchArticleRows(rows, byId, articleId, new Map(ids.map((id, i) => [id, found[i]])));
  };

  // One read at a time; writes meanwhile gather into the next one.
  const flush = async () => {
    if (isReading) return;
    isReading = true;
    try {
      while (!isStopped && (touched === 'all' || touched.size > 0)) {
        const keys = touched;
        touched = new Set();
        const next = await Dexie.ignoreTransaction(() => read(keys));
        if (!isStopped && next !== rows) {
          rows = next;
          onRows(next);
        }
      }
    } catch (error) {
      touched = 'all';
      if (!isStopped) onError(error);
    } finally {
      isReading = false;
    }
  };

  const onMutated = (parts: ObservabilitySet) => {
    // `all`: Dexie's word for "anything may have changed". A pack changed: read it all again
    // (an import, or a pack moved into rows by a first edit: rare, and many rows at once).
    if ('all' in parts || PACKS_PART in parts) touched = 'all';
    else if (part in parts) touched = merge(touched, parts, part);
    else return;
    void flush();
  };
  Dexie.on.storagemutated.subscribe(onMutated);
  void flush();
  return () => {
    isStopped = true;
    Dexie.on.storagemutated.unsubscribe(onMutated);
  };
}

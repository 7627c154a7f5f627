/**
 * The chosen annotations in id order, a bounded step at a time: the order both streamed
 * exports write (native sorts by id; W3C chose id order so it can read this way), because
 * it is the order IndexedDB reads cheapest. The analyst's own rows are walked in key order,
 * a page a request; a set with packs, or a pick of articles, has its ids read first (index
 * keys and the packs' id lists), then its annotations looked up in id order.
 */
import type { Annotation, ArticleId } from '../annotation/types';
import type { SourcemarkDatabase } from '../db/db';
import type { ExportJob } from './export-job';
import { readAhead, stepRanges } from './read-ahead';
import { annotationsOf, authorRowPages, chosenIds, isReadAsRows } from './set-reads';

/** How much is read at once; tests make them small to see the reads stay bounded. */
export interface StreamSteps {
  /** Annotations read per step of the id-ordered pass. */
  annotations: number;
  /** Articles (with their texts) read per step. */
  articles: number;
}

/** Articles a step: 200 with their texts is about 2 MB, read as two key ranges. */
export const STREAM_STEPS: StreamSteps = { annotations: 2_000, articles: 200 };

/**
 * Where an annotation comes in the set's order (`assembleSet`'s), for the native codebook's
 * tie-break: its article's place, then its own (rows by id come before packs, in the order
 * `chosenIds` gives).
 */
export type SetPlace = [number, string];

/** The annotations of `job` over `articleIds` in id order, with what progress needs. */
export interface IdOrderedAnnotations {
  /** How many are expected, for progress (the dialog's count when rows are walked). */
  expected: number;
  pages: AsyncIterable<Annotation[]>;
  placeOf(a: Annotation): SetPlace;
}

/**
 * The chosen annotations in id order, a step at a time: the author's rows walked in key
 * order when the set is all of them (`isReadAsRows`), else their ids read first per article
 * and then looked up a step at a time. Each comes with its place in the set's order.
 */
export async function idOrderedAnnotations(
  job: ExportJob,
  articleIds: readonly ArticleId[],
  from: SourcemarkDatabase,
  onReading: (done: number, total: number) => void,
  steps: StreamSteps,
): Promise<IdOrderedAnnotations> {
  if (await isReadAsRows(job.articles, job.author, from)) {
    const articleAt = new Map<string, number>();
    articleIds.forEach((id, n) => articleAt.has(id) || articleAt.set(id, n));
    onReading(articleIds.length, articleIds.length);
    return {
      expected: job.expectedAnnotations ?? 0,
      pages: authorRowPages(job.author, new Set(articleIds), from, steps.annotations),
      placeOf: (a) => [articleAt.get(a.articleId)!, a.id],
    };
  }
  const { ids, packOf } = await chosenIds(articleIds, job.author, from, onReading);
  const rank = new Map<string, number>(ids.map((id, n) => [id, n]));
  const byId = [...ids].sort();
  const pages = async function* () {
    for await (const [, step] of readAhead(
      stepRanges(byId.length, steps.annotations),
      ([at, end]) => annotationsOf(byId.slice(at, end), packOf, from),
    ))
      yield step;
  };
  return { expected: byId.length, pages: pages(), placeOf: (a) => [rank.get(a.id)!, ''] };
}

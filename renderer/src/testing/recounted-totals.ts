/**
 * The stored totals and span buckets beside a full recount of the stored annotations (rows
 * and packs): what the totals tests compare after every kind of write.
 */
import type { Annotation } from '../annotation/types';
import { db, type SourcemarkDatabase } from '../db/db';
import { countsOf, talliesOf, type ArticleTally } from '../stats/article-tally';
import { authorTotalsOf, type AuthorTotal } from '../stats/author-totals';
import { bucketsOfSpans, type SpanBucket } from '../stats/span-buckets';
import { packedAnnotations } from '../store/annotation-storage';

/** Every stored annotation, rows and packs: what a full recount reads. */
async function everyAnnotation(database: SourcemarkDatabase = db): Promise<Annotation[]> {
  const packs = await database.annotationPacks.toArray();
  return [...(await database.annotations.toArray()), ...packs.flatMap(packedAnnotations)];
}

/** Span buckets keyed by article and bucket, their spans in one order. */
function bucketSpans(buckets: Iterable<SpanBucket>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const bucket of buckets) {
    const spans = bucket.items.map((item, at) => `${bucket.starts[at]}:${bucket.ends[at]}:${item}`);
    out.set(`${bucket.articleId} ${bucket.bucket}`, spans.sort());
  }
  return out;
}

/**
 * The stored totals by article, and what a full recount of the annotations gives; the same
 * for the span buckets and the authors' totals.
 */
export async function storedAndRecounted(database: SourcemarkDatabase = db) {
  const stored = new Map<string, ArticleTally>();
  for (const tally of await database.articleTallies.toArray()) stored.set(tally.articleId, tally);
  const annotations = await everyAnnotation(database);
  const counts = [...countsOf(annotations)];
  return {
    stored,
    recounted: talliesOf(annotations),
    storedBuckets: bucketSpans(await database.spanBuckets.toArray()),
    recountedBuckets: bucketSpans(counts.flatMap(([id, count]) => bucketsOfSpans(id, count.spans))),
    storedAuthors: byAuthor(await database.authorTotals.toArray()),
    recountedAuthors: byAuthor(authorTotalsOf(annotations)),
  };
}

/** Author totals in author order, to compare. */
function byAuthor(totals: readonly AuthorTotal[]): AuthorTotal[] {
  return [...totals].sort((a, b) => (a.author < b.author ? -1 : a.author > b.author ? 1 : 0));
}

/**
 * The stored totals, span buckets, authors' totals and article counts beside a full recount of the stored annotations (rows
 * and packs): what the totals tests compare after every kind of write.
 */
import type { Annotation } from '../annotation/types';
import { db, type SourcemarkDatabase } from '../db/db';
import { countsOf, talliesOf, type ArticleTally } from '../stats/article-tally';
import type { ArticleCount } from '../stats/article-counts';
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
    // Every stored key, so an old key left beside a new one shows as a second row.
    storedCounts: byArticle(await database.articleCounts.toArray()),
    recountedCounts: byArticle(annotationsPerArticle(annotations)),
  };
}

/** Each article's annotations, counted one by one (no tally involved). */
function annotationsPerArticle(annotations: readonly Annotation[]): ArticleCount[] {
  const totals = new Map<string, number>();
  for (const { articleId } of annotations) totals.set(articleId, (totals.get(articleId) ?? 0) + 1);
  return [...totals].map(([articleId, total]) => ({ articleId, total }));
}

const countOf = ({ articleId, total }: ArticleCount): ArticleCount => ({ articleId, total });

/** Article counts in article order (then total), to compare. */
function byArticle(rows: readonly ArticleCount[]): ArticleCount[] {
  return [...rows]
    .map(countOf)
    .sort((a, b) =>
      a.articleId !== b.articleId ? (a.articleId < b.articleId ? -1 : 1) : a.total - b.total,
    );
}

/** Author totals in author order, to compare. */
function byAuthor(totals: readonly AuthorTotal[]): AuthorTotal[] {
  return [...totals].sort((a, b) => (a.author < b.author ? -1 : a.author > b.author ? 1 : 0));
}

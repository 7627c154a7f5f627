/**
 * The labelled spans of an article, stored in buckets of its text (`spanBuckets`, one row
 * per article and stretch of `BUCKET_CHARS` code units), so that counting which labels a
 * new span overlaps reads the one or two rows under it, not every span of the article.
 * Kept in the tally itself, a key press in a 50,000-annotation article read and wrote
 * 100,000 offsets (the editor's addition grew 2.5× from 1,000 annotations to 50,000).
 *
 * A span is held in every bucket it covers, so the rows under a span hold every span that
 * could overlap it; a span met in several of them counts in the first they share. Pure: the
 * middleware, the schema upgrade and the tests share these functions.
 */
import { pairKey } from './label-pairs';

/** The table of span buckets. */
export const SPAN_BUCKETS_TABLE = 'spanBuckets';

/** Code units of text per bucket: a 1 MB article with 50,000 spans holds ~200 in each. */
export const BUCKET_CHARS = 4096;

/** The spans (item, start, end) held in one bucket of one article, in no order. */
export interface SpanBucket {
  articleId: string;
  bucket: number;
  items: string[];
  starts: number[];
  ends: number[];
}

/** One labelled span of an article. */
export interface LabelledSpan {
  item: string;
  start: number;
  end: number;
}

/** The first bucket `span` is held in. */
function firstBucket(span: { start: number }): number {
  return Math.floor(span.start / BUCKET_CHARS);
}

/** The buckets `span` is held in: each it covers (an empty span, the one it sits in). */
export function bucketRange(span: { start: number; end: number }): [number, number] {
  const first = firstBucket(span);
  return [first, Math.max(first, Math.floor((span.end - 1) / BUCKET_CHARS))];
}

/** The keys of `articleId`'s buckets `span` is held in. */
export function bucketKeysOf(
  articleId: string,
  span: { start: number; end: number },
): [string, number][] {
  const [first, last] = bucketRange(span);
  const keys: [string, number][] = [];
  for (let bucket = first; bucket <= last; bucket += 1) keys.push([articleId, bucket]);
  return keys;
}

function emptyBucket(articleId: string, bucket: number): SpanBucket {
  return { articleId, bucket, items: [], starts: [], ends: [] };
}

/** Two spans overlap: the test `overlapsOf` sweeps with, an empty span inside one included. */
function isOverlap(a: { start: number; end: number }, b: { start: number; end: number }) {
  return a.start < b.end && b.start < a.end;
}

/**
 * Some of an article's buckets, read, changed in place one span at a time, and told apart
 * from the ones left as read (`changed`): what the middleware writes back.
 */
export class BucketWindow {
  private readonly buckets = new Map<number, SpanBucket>();
  readonly changed = new Set<number>();

  constructor(
    readonly articleId: string,
    read: readonly (SpanBucket | undefined)[],
  ) {
    for (const bucket of read) if (bucket) this.buckets.set(bucket.bucket, bucket);
  }

  /** Spans of other items than `span`'s that overlap it, per item: each counted once. */
  overlapsWith(span: LabelledSpan): Map<string, number> {
    const counts = new Map<string, number>();
    const [first, last] = bucketRange(span);
    for (let index = first; index <= last; index += 1) {
      const bucket = this.buckets.get(index);
      if (!bucket) continue;
      for (let at = 0; at < bucket.items.length; at += 1) {
        const item = bucket.items[at]!;
        if (item === span.item) continue;
        const other = { start: bucket.starts[at]!, end: bucket.ends[at]! };
        // Held in every bucket it covers: counted in the first one both spans are in.
        if (Math.max(firstBucket(other), first) !== index || !isOverlap(span, other)) continue;
        counts.set(item, (counts.get(item) ?? 0) + 1);
      }
    }
    return counts;
  }

  /** Whether `span` is held (its first bucket holds it). */
  holds(span: LabelledSpan): boolean {
    const bucket = this.buckets.get(firstBucket(span));
    return bucket !== undefined && placeIn(bucket, span) >= 0;
  }

  /** Holds `span` in each bucket it covers. */
  add(span: LabelledSpan): void {
    const [first, last] = bucketRange(span);
    for (let index = first; index <= last; index += 1) {
      let bucket = this.buckets.get(index);
      if (!bucket) this.buckets.set(index, (bucket = emptyBucket(this.articleId, index)));
      bucket.items.push(span.item);
      bucket.starts.push(span.start);
      bucket.ends.push(span.end);
      this.changed.add(index);
    }
  }

  /** Lets go of one `span` (same item and offsets) in each bucket it covers. */
  remove(span: LabelledSpan): void {
    const [first, last] = bucketRange(span);
    for (let index = first; index <= last; index += 1) {
      const bucket = this.buckets.get(index);
      const at = bucket ? placeIn(bucket, span) : -1;
      if (!bucket || at < 0) continue;
      // Order within a bucket means nothing: the last span takes the removed one's place.
      for (const list of [bucket.items, bucket.starts, bucket.ends] as unknown[][]) {
        list[at] = list[list.length - 1];
        list.pop();
      }
      this.changed.add(index);
    }
  }

  /**
   * Applies `changes` to every span the window holds (it must hold all of the article's
   * buckets) and spreads them in buckets again: the article's spans after the change.
   */
  replaceSpans(changes: readonly (LabelledSpan & { sign: 1 | -1 })[]): LabelledSpan[] {
    const gone = new Map<string, number>();
    const spans = spansOfBuckets([...this.buckets.values()]);
    for (const change of changes) {
      if (change.sign === 1)
        spans.push({ item: change.item, start: change.start, end: change.end });
      else gone.set(spanKey(change), (gone.get(spanKey(change)) ?? 0) + 1);
    }
    // Only additions (an import): nothing to look for, no key to spell per span.
    const kept =
      gone.size === 0
        ? spans
        : spans.filter((span) => {
            const left = gone.get(spanKey(span)) ?? 0;
            if (left > 0) gone.set(spanKey(span), left - 1);
            return left === 0;
          });
    for (const [index, bucket] of this.buckets) {
      this.buckets.set(index, emptyBucket(bucket.articleId, index));
      this.changed.add(index);
    }
    for (const span of kept) this.add(span);
    return kept;
  }

  /** The changed buckets to store, and the keys of those left empty to delete. */
  writes(): { put: SpanBucket[]; emptied: [string, number][] } {
    const put: SpanBucket[] = [];
    const emptied: [string, number][] = [];
    for (const index of this.changed) {
      const bucket = this.buckets.get(index)!;
      if (bucket.items.length > 0) put.push(bucket);
      else emptied.push([this.articleId, index]);
    }
    return { put, emptied };
  }
}

function spanKey({ item, start, end }: LabelledSpan): string {
  return `${start}:${end}:${item}`;
}

function placeIn(bucket: SpanBucket, span: LabelledSpan): number {
  for (let at = 0; at < bucket.items.length; at += 1) {
    if (bucket.starts[at] === span.start && bucket.ends[at] === span.end) {
      if (bucket.items[at] === span.item) return at;
    }
  }
  return -1;
}

/** Each span of `buckets` once (from its first bucket): the article's spans. */
export function spansOfBuckets(buckets: readonly SpanBucket[]): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  for (const bucket of buckets) {
    for (let at = 0; at < bucket.items.length; at += 1) {
      const span = { item: bucket.items[at]!, start: bucket.starts[at]!, end: bucket.ends[at]! };
      if (firstBucket(span) === bucket.bucket) spans.push(span);
    }
  }
  return spans;
}

/** The buckets holding `spans` of `articleId`, in bucket order. */
export function bucketsOfSpans(articleId: string, spans: readonly LabelledSpan[]): SpanBucket[] {
  const window = new BucketWindow(articleId, []);
  // In offset order: the same spans make the same rows, whatever order they came in.
  for (const span of [...spans].sort(bySpan)) window.add(span);
  return window.writes().put.sort((a, b) => a.bucket - b.bucket);
}

/** Offset order, then label order: one order for the same spans, however they came. */
function bySpan(a: LabelledSpan, b: LabelledSpan): number {
  return a.start - b.start || a.end - b.end || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0);
}

/**
 * Pairs of distinct labels whose spans overlap, counted per overlapping pair of spans. A
 * sweep over the spans sorted by start keeps it near-linear. Counted per pair of labels in
 * nested maps and spelled as keys at the end: an import recounts 1,000 articles of 200
 * spans each, and a key string and a filtered list made per span and pair were most of
 * its totals' cost.
 */
export function overlapsOfSpans(spans: readonly LabelledSpan[]): Record<string, number> {
  const list = [...spans].sort(bySpan);
  const pairs = new Map<string, Map<string, number>>();
  // Each pair as first met: the counts keep the order a single map of keys gave them.
  const met: [string, string][] = [];
  const open: LabelledSpan[] = [];
  for (const span of list) {
    // The spans still open at this start, kept in place and in order.
    let kept = 0;
    for (const other of open) if (other.end > span.start) open[kept++] = other;
    open.length = kept;
    for (const other of open) {
      if (other.item === span.item) continue;
      const first = other.item < span.item;
      const a = first ? other.item : span.item;
      const b = first ? span.item : other.item;
      let withA = pairs.get(a);
      if (!withA) pairs.set(a, (withA = new Map()));
      const times = withA.get(b);
      if (times === undefined) met.push([a, b]);
      withA.set(b, (times ?? 0) + 1);
    }
    open.push(span);
  }
  // Built from Maps: a label named `__proto__` is a key like any other.
  const counts: Record<string, number> = {};
  for (const [a, b] of met) {
    Object.defineProperty(counts, pairKey(a, b), {
      value: pairs.get(a)!.get(b)!,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return counts;
}

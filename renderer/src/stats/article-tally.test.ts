import { describe, expect, it } from 'vitest';
import type { Annotation, ArticleId } from '../annotation/types';
import { applyToTally, bucketsToRead, countsOf, emptyTally, talliesOf } from './article-tally';
import { BucketWindow, bucketsOfSpans, type SpanBucket } from './span-buckets';
import { span } from './stats-testing';

const ITEMS = ['claim.claim', 'technique.doubt', 'entity.person'];

/** A seeded generator (mulberry32), so every run checks the same steps. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Buckets as a set of spans per bucket: the order within one means nothing. */
function normalised(buckets: Iterable<SpanBucket>): Record<number, string[]> {
  const out: Record<number, string[]> = {};
  for (const bucket of buckets) {
    out[bucket.bucket] = bucket.items
      .map((item, at) => `${bucket.starts[at]}:${bucket.ends[at]}:${item}`)
      .sort();
  }
  return out;
}

describe('an article tally changed a few annotations at a time', () => {
  it('equals a recount of what is left after every step, reading only the buckets it asks for', () => {
    const random = seeded(7);
    const article = 'a1' as ArticleId;
    const tally = emptyTally(article);
    // The stored buckets, as the database holds them between writes.
    const stored = new Map<number, SpanBucket>();
    const held: Annotation[] = [];
    for (let step = 0; step < 300; step += 1) {
      // A few additions and removals per step, as edits and their undo make them; a large
      // step now and then, as an import or a trash restore does.
      const size = step % 50 === 49 ? 120 : 1 + Math.floor(random() * 3);
      const changes: { annotation: Annotation; sign: 1 | -1 }[] = [];
      for (let n = 0; n < size; n += 1) {
        if (held.length > 0 && random() < 0.4) {
          const [gone] = held.splice(Math.floor(random() * held.length), 1);
          changes.push({ annotation: gone!, sign: -1 });
        } else {
          // Spans across ~3 buckets, a few long enough to cover two or three of them.
          const start = Math.floor(random() * 12_000);
          const length = random() < 0.05 ? 5_000 : 1 + Math.floor(random() * 40);
          const added = span(`s${step}-${n}`, article, ITEMS[n % 3]!, start, start + length);
          held.push(added);
          changes.push({ annotation: added, sign: 1 });
        }
      }
      const read = bucketsToRead(tally, changes);
      const window = new BucketWindow(
        article,
        read === 'all' ? [...stored.values()] : read.map(([, bucket]) => stored.get(bucket)),
      );
      applyToTally(tally, changes, window);
      const { put, emptied } = window.writes();
      for (const bucket of put) stored.set(bucket.bucket, structuredClone(bucket));
      for (const [, bucket] of emptied) stored.delete(bucket);
      const recounted = talliesOf(held).get(article) ?? emptyTally(article);
      expect(tally, `step ${step}`).toEqual(recounted);
      const spans = countsOf(held).get(article)?.spans ?? [];
      expect(normalised(stored.values()), `step ${step}`).toEqual(
        normalised(bucketsOfSpans(article, spans)),
      );
    }
  });
});

/**
 * One-to-one pairing of overlapping spans for the "overlap" span F1. The F1 depends only on how
 * many pairs there are, so we take a maximum matching: the count is then the same whichever
 * side is the reference and in whatever order spans arrive, which makes P and R swap exactly
 * when roles swap. A plain greedy by largest overlap can miss pairs: with A = [0,10), [10,20)
 * and B = [4,15), [0,2), greedy pairs [0,10)-[4,15) (overlap 6) and strands the other two,
 * although [0,10)-[0,2) and [10,20)-[4,15) pair everything.
 */
import { forEachOverlappingPair } from './overlapping-pairs';
import type { TextRange } from './types';

/** A matched pair: indices into the reference and prediction lists, and their shared length. */
export interface SpanPair {
  readonly reference: number;
  readonly prediction: number;
  readonly overlap: number;
}

/**
 * A maximum-cardinality one-to-one matching between reference and prediction ranges, where a
 * pair is allowed when the two share at least one character. Strategy: seed with the greedy
 * pairing by largest overlap (ties: earlier reference, then earlier prediction), so pairs look
 * like what a reader would pair, then grow it with augmenting paths (Kuhn's algorithm, most
 * overlapping candidates first) until it is maximum. Pairs are returned in reference order.
 * Labels are not looked at: group by label first.
 */
export function maxOverlapMatching(
  reference: readonly TextRange[],
  prediction: readonly TextRange[],
): SpanPair[] {
  const edges: SpanPair[] = [];
  forEachOverlappingPair(reference, prediction, (r, p, overlap) =>
    edges.push({ reference: r, prediction: p, overlap }),
  );
  edges.sort(
    (x, y) => y.overlap - x.overlap || x.reference - y.reference || x.prediction - y.prediction,
  );

  const candidates: SpanPair[][] = reference.map(() => []);
  for (const edge of edges) candidates[edge.reference]?.push(edge);
  const matchOfReference = new Array<number>(reference.length).fill(-1);
  const matchOfPrediction = new Array<number>(prediction.length).fill(-1);
  for (const { reference: r, prediction: p } of edges) {
    if (matchOfReference[r] === -1 && matchOfPrediction[p] === -1) {
      matchOfReference[r] = p;
      matchOfPrediction[p] = r;
    }
  }

  // Visit stamps instead of clearing a visited array per search: each search only explores the
  // root's connected component, so the total cost stays near the sum of squared component sizes.
  const visitedAt = new Array<number>(prediction.length).fill(-1);
  reference.forEach((_, root) => {
    if (matchOfReference[root] === -1) {
      augment(root, root, candidates, matchOfReference, matchOfPrediction, visitedAt);
    }
  });

  const overlapOf = new Map(edges.map((e) => [`${e.reference}:${e.prediction}`, e.overlap]));
  const pairs: SpanPair[] = [];
  matchOfReference.forEach((p, r) => {
    if (p !== -1)
      pairs.push({ reference: r, prediction: p, overlap: overlapOf.get(`${r}:${p}`) ?? 0 });
  });
  return pairs;
}

interface Frame {
  readonly reference: number;
  next: number; // index of the next candidate to try
  via: number; // prediction currently being tried from this reference
}

/**
 * Looks for an augmenting path from the unmatched reference `root` and flips it if found.
 * Iterative, because a chain of staggered spans can make paths thousands of steps long.
 */
function augment(
  root: number,
  stamp: number,
  candidates: ReadonlyArray<readonly SpanPair[]>,
  matchOfReference: number[],
  matchOfPrediction: number[],
  visitedAt: number[],
): boolean {
  const stack: Frame[] = [{ reference: root, next: 0, via: -1 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const edge = candidates[frame.reference]?.[frame.next++];
    if (edge === undefined) {
      stack.pop();
      continue;
    }
    const p = edge.prediction;
    if (visitedAt[p] === stamp) continue;
    visitedAt[p] = stamp;
    frame.via = p;
    const holder = matchOfPrediction[p] ?? -1;
    if (holder === -1) {
      for (const { reference, via } of stack) {
        matchOfReference[reference] = via;
        matchOfPrediction[via] = reference;
      }
      return true;
    }
    stack.push({ reference: holder, next: 0, via: -1 });
  }
  return false;
}

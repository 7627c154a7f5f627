/**
 * Whether a range overlaps any of many spans, answered by binary search: the entity
 * suggestions ask it for every mention of every known entity, and a pass over the
 * article's 50,000 tags per mention made each refresh of the side panel cost mentions ×
 * tags. The spans are sorted by start once, with the furthest end reached so far beside
 * each, so a question costs a binary search. Pure.
 */

interface Range {
  start: number;
  end: number;
}

/** A function answering whether `[start, end)` overlaps any of `spans` (any order). */
export function createOverlapCheck(spans: readonly Range[]): (range: Range) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // furthest[i]: the largest end among sorted[0..i].
  const furthest: number[] = [];
  let reach = -Infinity;
  for (const span of sorted) {
    reach = Math.max(reach, span.end);
    furthest.push(reach);
  }
  return ({ start, end }) => {
    // The spans starting before `end` are sorted[0..count); one of them overlaps when the
    // furthest end among them lies after `start`.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]!.start < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && furthest[low - 1]! > start;
  };
}

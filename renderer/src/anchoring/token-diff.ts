/**
 * A word-level diff: which whitespace-separated tokens of the old text survive, unchanged
 * and in order, in the new text. It is the backbone of `offset-map.ts`.
 *
 * Tokens rather than characters because the texts we compare differ in two ways: local edits
 * (a few words inserted or deleted) and whitespace changes spread over the whole article (a
 * colleague's copy with other line breaks or non-breaking spaces). On tokens the second kind
 * costs nothing, and the first costs a few edits, so Myers' O((N+M)·D) search stays cheap.
 */

/** Indices of matched tokens: `oldIndex[i]` in the old sequence equals `newIndex[i]` in the new. */
export interface TokenMatches {
  oldIndex: number[];
  newIndex: number[];
  /** False when the texts differ by more than `maxEdits` tokens: only the common ends matched. */
  isComplete: boolean;
}

/** A text's tokens (maximal runs of non-whitespace) as code-unit ranges and interned ids. */
export interface Tokens {
  starts: Int32Array;
  ends: Int32Array;
  ids: Int32Array;
}

/**
 * Splits `text` into non-whitespace runs, interning each distinct token to a small integer
 * through `dictionary` (share one dictionary between the two texts being compared).
 * `\s` covers Unicode spaces, so a no-break space separates tokens like a space.
 */
export function tokenize(text: string, dictionary: Map<string, number>): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const ids: number[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    let id = dictionary.get(match[0]);
    if (id === undefined) {
      id = dictionary.size;
      dictionary.set(match[0], id);
    }
    starts.push(match.index);
    ends.push(match.index + match[0].length);
    ids.push(id);
  }
  return {
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    ids: Int32Array.from(ids),
  };
}

/**
 * The longest common subsequence of two id sequences, by Myers' greedy algorithm after
 * trimming the common head and tail. Gives up on the middle after `maxEdits` edits
 * (insertions plus deletions), since the trace it keeps grows as the square of the edits:
 * 2,000 edits is about 16 MB, far above an edit session and below a rewrite.
 */
export function matchTokens(a: Int32Array, b: Int32Array, maxEdits = 2000): TokenMatches {
  const oldIndex: number[] = [];
  const newIndex: number[] = [];
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) {
    oldIndex.push(head);
    newIndex.push(head);
    head++;
  }
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail++;
  }
  const middle = myers(a, b, head, a.length - tail, head, b.length - tail, maxEdits);
  if (middle) {
    oldIndex.push(...middle.oldIndex);
    newIndex.push(...middle.newIndex);
  }
  for (let i = tail; i > 0; i--) {
    oldIndex.push(a.length - i);
    newIndex.push(b.length - i);
  }
  return { oldIndex, newIndex, isComplete: middle !== null };
}

/** Myers' O((N+M)·D) diff of a[a0,a1) against b[b0,b1); null when D exceeds `maxEdits`. */
function myers(
  a: Int32Array,
  b: Int32Array,
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  maxEdits: number,
): { oldIndex: number[]; newIndex: number[] } | null {
  const n = a1 - a0;
  const m = b1 - b0;
  const limit = Math.min(n + m, maxEdits);
  const offset = limit + 1;
  // v[k + offset]: the furthest x reached on diagonal k = x - y.
  const v = new Int32Array(2 * limit + 3);
  // trace[d] holds v over diagonals -d-1..d+1 before round d: what backtracking reads.
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= limit && found < 0; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return null;

  const oldIndex: number[] = [];
  const newIndex: number[] = [];
  let x = n;
  let y = m;
  for (let d = found; d >= 0; d--) {
    const snapshot = trace[d]!;
    const at = (k: number) => snapshot[k + d + 1]!;
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : at(previousK);
    const previousY = d === 0 ? 0 : previousX - previousK;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      oldIndex.push(a0 + x);
      newIndex.push(b0 + y);
    }
    x = previousX;
    y = previousY;
  }
  oldIndex.reverse();
  newIndex.reverse();
  return { oldIndex, newIndex };
}

/**
 * Pairwise figures for more than two annotators: Cohen's kappa, span F1 and the like compare
 * two people, so a team is shown as a matrix of every pair plus its mean.
 */

/** Figures for every ordered pair of keys; the diagonal (a key with itself) is null. */
export interface PairwiseMatrix<K> {
  readonly keys: readonly K[];
  /** `values[i][j]` = metric(keys[i], keys[j]) for i != j; null on the diagonal or if undefined. */
  readonly values: ReadonlyArray<ReadonlyArray<number | null>>;
  /** Mean of the defined off-diagonal values (each unordered pair once when symmetric); null if none. */
  readonly mean: number | null;
  /** How many pairs entered the mean. */
  readonly definedPairs: number;
}

/** Options for `pairwiseMatrix`. */
export interface PairwiseOptions {
  /**
   * The metric gives the same value for (a, b) and (b, a), as kappa, alpha and F1 do: compute
   * each unordered pair once and mirror it. Leave false for directed figures such as precision,
   * where row = reference and column = prediction.
   */
  readonly isSymmetric?: boolean;
}

/**
 * Applies `metric(row, column)` to every ordered pair of distinct keys (once per unordered pair
 * when `isSymmetric`), in key order. The metric may return null for "undefined"; such cells are
 * left out of the mean. Fewer than two keys give an empty or 1 x 1 null matrix with mean null.
 */
export function pairwiseMatrix<K>(
  keys: readonly K[],
  metric: (row: K, column: K) => number | null,
  options: PairwiseOptions = {},
): PairwiseMatrix<K> {
  const values: (number | null)[][] = keys.map(() => keys.map(() => null));
  let sum = 0;
  let definedPairs = 0;
  keys.forEach((row, i) => {
    keys.forEach((column, j) => {
      if (i === j || (options.isSymmetric && j < i)) return;
      const value = metric(row, column);
      (values[i] as (number | null)[])[j] = value;
      if (options.isSymmetric) (values[j] as (number | null)[])[i] = value;
      if (value === null) return;
      sum += value;
      definedPairs++;
    });
  });
  return { keys, values, mean: definedPairs === 0 ? null : sum / definedPairs, definedPairs };
}

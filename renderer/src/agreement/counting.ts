/** Small counting helpers shared by the coefficient modules. */

/** Adds `by` (default 1) to the count stored under `key`, starting from 0; mutates `counts`. */
export function incrementCount<K>(counts: Map<K, number>, key: K, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/** Sum of the squares of the values: the "same category" mass used by every chance model. */
export function sumOfSquares(values: Iterable<number>): number {
  let sum = 0;
  for (const value of values) sum += value * value;
  return sum;
}

/**
 * Asynchronous work over a list with a bounded number of items in flight: enough to keep
 * every reader worker busy, few enough that only that many files are held in memory.
 */

/**
 * Runs `work` on each of `items`, at most `limit` at once, each lane taking the next item
 * when its previous one is done. Answers the results in the order of `items`, whatever
 * order they finished in. `work` must not reject (ingestion answers failures instead).
 */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return results;
}

/**
 * The measured heights of a long list's rows, by key, and their average for the rows not
 * measured yet (a library row is one line or several, as its title wraps). Every change is
 * also logged by key, so a list's offsets can follow the rows that changed rather than look
 * every row up again (`row-offsets.ts`).
 */
export class RowHeights {
  private readonly heights = new Map<string, number>();
  private total = 0;
  /** The key of each change, in order: `changed[n]` made `version` go from n to n + 1. */
  private readonly changed: string[] = [];

  /** Changes whenever a height (and so, maybe, the average) changed: the changes so far. */
  get version(): number {
    return this.changed.length;
  }

  /** Records `height` for `key`; answers whether it differs from what was known. */
  record(key: string, height: number): boolean {
    const known = this.heights.get(key);
    if (known === height) return false;
    this.total += height - (known ?? 0);
    this.heights.set(key, height);
    this.changed.push(key);
    return true;
  }

  /** The measured height of `key`, else the average measured, else `fallback`. */
  heightOf(key: string, fallback: number): number {
    return this.heights.get(key) ?? this.averageOr(fallback);
  }

  /** The measured height of `key`, if it was measured. */
  measuredHeight(key: string): number | undefined {
    return this.heights.get(key);
  }

  /** What an unmeasured row counts as: the average measured, else `fallback`. */
  averageOr(fallback: number): number {
    return this.heights.size > 0 ? this.total / this.heights.size : fallback;
  }

  /** The keys changed since `version` was `since` (a key changed twice is listed twice). */
  changedSince(since: number): readonly string[] {
    return this.changed.slice(since);
  }
}

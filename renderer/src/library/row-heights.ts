/**
 * The measured heights of a long list's rows, by key, and their average for the rows not
 * measured yet (a library row is one line or several, as its title wraps).
 */
export class RowHeights {
  private readonly heights = new Map<string, number>();
  private total = 0;
  /** Changes whenever a height (and so, maybe, the average) changed. */
  version = 0;

  /** Records `height` for `key`; answers whether it differs from what was known. */
  record(key: string, height: number): boolean {
    const known = this.heights.get(key);
    if (known === height) return false;
    this.total += height - (known ?? 0);
    this.heights.set(key, height);
    this.version++;
    return true;
  }

  /** The measured height of `key`, else the average measured, else `fallback`. */
  heightOf(key: string, fallback: number): number {
    const known = this.heights.get(key);
    if (known !== undefined) return known;
    return this.heights.size > 0 ? this.total / this.heights.size : fallback;
  }
}

/**
 * How every benchmark reports, so that no figure can flatter: each target is a
 * `{ value, target, met }` entry under `targets` (run.mjs lists the missed ones in its final
 * line), key figures are summaries of several runs (median, min, max and the samples), and
 * a benchmark exits 0 whenever it ran, whatever it measured: a miss is a figure, not a crash.
 */

/** A target as reported: `met` is null when nothing was measured (a timeout). */
export interface TargetResult {
  value: number | null;
  target: number;
  met: boolean | null;
  /** Set when the measurement timed out: never a pass. */
  timeout?: true;
}

/** `value` must be strictly under `target` ("p95 under 50 ms"). */
export function under(value: number, target: number): TargetResult {
  return { value, target, met: value < target };
}

/** `value` must not exceed `target` ("within 1.5× the floor"). */
export function atMost(value: number, target: number): TargetResult {
  return { value, target, met: value <= target };
}

/** `value` must reach at least `target` ("every untouched annotation placed": 1). */
export function atLeast(value: number, target: number): TargetResult {
  return { value, target, met: value >= target };
}

/**
 * A target whose measurement timed out. `met` is null (unknown), not true: a peer that
 * never answered is not a peer the app beat. When the timeout alone proves a miss (an
 * upper bound already exceeded), pass `met: false`.
 */
export function timedOut(target: number, met: false | null = null): TargetResult {
  return { value: null, target, met, timeout: true };
}

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
  samples: number[];
}

const roundTo = (value: number, digits: number) => Number(value.toFixed(digits));

/** Median, min and max of `samples` (the median of an even count is the mean of the middle two). */
export function summarise(samples: readonly number[], digits = 1): Summary {
  if (samples.length === 0) throw new Error('summarise: no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return {
    median: roundTo(median, digits),
    min: roundTo(sorted[0]!, digits),
    max: roundTo(sorted.at(-1)!, digits),
    runs: samples.length,
    samples: samples.map((sample) => roundTo(sample, digits)),
  };
}

/** One summary per numeric field of same-shaped records, one record per run. */
export function summariseEach<K extends string>(
  records: readonly Record<K, number>[],
  digits = 1,
): Record<K, Summary> {
  const keys = Object.keys(records[0] ?? {}) as K[];
  return Object.fromEntries(
    keys.map((key) => [
      key,
      summarise(
        records.map((record) => record[key]),
        digits,
      ),
    ]),
  ) as Record<K, Summary>;
}

/** The `p`th percentile of `values` (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

/**
 * Runs per key figure: `SM_BENCH_RUNS`, at least 3 unless set lower on purpose while
 * developing (the figure then says how many runs it holds).
 */
export function benchRuns(): number {
  const asked = Number(process.env.SM_BENCH_RUNS);
  return Number.isInteger(asked) && asked > 0 ? asked : 3;
}

/** `SM_BENCH_QUICK=1`: small inputs for developing a benchmark; results say `quick: true`. */
export const isQuick = process.env.SM_BENCH_QUICK === '1';

/**
 * Prints the benchmark's results line, the last line run.mjs reads. Every benchmark ends
 * here, met or missed; `targets` holds its `{ value, target, met }` entries and `problems`
 * what it found wrong in the app's output (run.mjs lists both in its summary).
 */
export function printResults(
  name: string,
  figures: { targets?: Record<string, TargetResult>; problems?: string[]; [key: string]: unknown },
): void {
  const result = isQuick ? { quick: true, ...figures } : figures;
  console.log(JSON.stringify({ benchmarks: { [name]: result } }));
}

/** At most `max` problems, then one saying how many more: a broken run must not flood the line. */
export function capped(problems: readonly string[], max = 20): string[] {
  if (problems.length <= max) return [...problems];
  return [...problems.slice(0, max), `… and ${problems.length - max} more`];
}

/** A readable verdict for a target, for the benchmark's own lines. */
export function verdict(result: TargetResult): string {
  if (result.timeout) return 'TIMED OUT';
  return result.met ? 'met' : 'MISSED';
}

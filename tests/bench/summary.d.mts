// Types of summary.mjs (plain JS, run by Node 20 without a TypeScript step), for its tests.

/** One benchmark's entry in the final line. */
export interface BenchResult {
  error?: string;
  quick?: boolean;
  targets?: Record<string, { value: number | null; target: number; met: boolean | null }>;
  problems?: string[];
  [key: string]: unknown;
}

export function summariseResults(benchmarks: Record<string, BenchResult>): {
  ran: string[];
  missed: string[];
  unmeasured: string[];
  problems: string[];
  errors: string[];
  quick: string[];
};

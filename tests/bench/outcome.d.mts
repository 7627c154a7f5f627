// Types of outcome.mjs (plain JS, run by Node 20 without a TypeScript step), for its tests.
import type { BenchResult } from './summary.mjs';

export function resultsOfLine(line: string): Record<string, BenchResult> | undefined;
export function crashLine(text: string): string;
export function entriesOf(run: {
  stem: string;
  code: number | string | null;
  results?: Record<string, BenchResult>;
  stderrTail?: string;
  timedOutAfterMs?: number;
}): Record<string, BenchResult>;

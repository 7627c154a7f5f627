// What one benchmark process left behind, as entries of `npm run bench`'s final line: its
// figures, its figures marked with the crash that followed them, or an error naming the
// crash or the timeout when it printed none. Every benchmark started has an entry, so a
// crash is never a silent omission. Plain JS: run.mjs runs on Node 20 without a TypeScript
// step; tests/unit/bench-outcome.test.ts holds it to this.

const RESULTS_PREFIX = '{"benchmarks"';

/**
 * The results a benchmark line carries, or undefined for a readable line. Several results
 * lines from one process are merged by the caller, so none is lost.
 * @param {string} line
 * @returns {Record<string, any> | undefined}
 */
export function resultsOfLine(line) {
  if (!line.startsWith(RESULTS_PREFIX)) return undefined;
  try {
    const parsed = JSON.parse(line).benchmarks;
    return parsed && typeof parsed === 'object' ? parsed : undefined;
  } catch {
    // Not our line after all: shown as it is.
    return undefined;
  }
}

// The line of a crash's stderr that names it: the first after Node's caret under the
// throwing line (an uncaught error), else the first that is not a frame, caret, brace or
// version line.
const NOISE = /^\s*(at |\^|node:internal|triggerUncaughtException|Node\.js v|[{}[\]]|$)/;

/**
 * @param {string} text the end of a crashed benchmark's stderr
 * @returns {string}
 */
export function crashLine(text) {
  const lines = text.split('\n');
  const caret = lines.findLastIndex((line) => /^\s*\^\s*$/.test(line));
  const found = lines.slice(caret + 1).find((line) => !NOISE.test(line));
  return (found ?? 'no message').trim().slice(0, 500);
}

/**
 * The entries of one benchmark process for the merged line.
 * @param {{ stem: string, code: number | string | null, results?: Record<string, any>,
 *   stderrTail?: string, timedOutAfterMs?: number }} run
 *   `stem` keys an entry with no results (`sets-chromium.bench.ts` → `sets-chromium`);
 *   `code` is the exit code or the signal that ended it; `timedOutAfterMs` when the runner
 *   stopped it for running too long.
 * @returns {Record<string, any>}
 */
export function entriesOf({ stem, code, results, stderrTail = '', timedOutAfterMs }) {
  const why =
    timedOutAfterMs !== undefined
      ? `stopped after ${Math.round(timedOutAfterMs / 60_000)} min without ending`
      : `exit ${code}`;
  if (!results || Object.keys(results).length === 0) {
    const detail = timedOutAfterMs !== undefined ? 'no results line' : crashLine(stderrTail);
    return { [stem]: { error: `${why}, no results line: ${detail}` } };
  }
  if (timedOutAfterMs === undefined && code === 0) return { ...results };
  // Figures printed before a late crash (cleanup, say) are kept, and marked.
  return Object.fromEntries(
    Object.entries(results).map(([key, result]) => [
      key,
      { ...result, error: `${why} after its results line` },
    ]),
  );
}

// The summary at the end of `npm run bench`'s final line: what was missed, what could not
// be measured, what a benchmark found wrong, and which benchmarks crashed. Read from the
// merged results, where each benchmark keeps its targets as `targets: { name: { value,
// target, met } }` (tests/bench/report.ts) and its findings as `problems: [...]`.
// Plain JS: run.mjs runs on Node 20 without a TypeScript step.

/**
 * @param {Record<string, any>} benchmarks merged results, one entry per benchmark
 * @returns {{ ran: string[], missed: string[], unmeasured: string[], problems: string[],
 *   errors: string[], quick: string[] }}
 */
export function summariseResults(benchmarks) {
  const summary = { ran: [], missed: [], unmeasured: [], problems: [], errors: [], quick: [] };
  for (const [name, result] of Object.entries(benchmarks)) {
    // A crash is listed as an error; figures printed before it still count.
    if (result.error) summary.errors.push(`${name}: ${result.error}`);
    else summary.ran.push(name);
    if (result.quick) summary.quick.push(name);
    for (const [key, target] of Object.entries(result.targets ?? {})) {
      // `met: null` is a timeout or a measurement that never came: not a pass.
      if (target.met === false) summary.missed.push(`${name}.${key}`);
      else if (target.met !== true) summary.unmeasured.push(`${name}.${key}`);
    }
    for (const problem of result.problems ?? []) summary.problems.push(`${name}: ${problem}`);
  }
  return summary;
}

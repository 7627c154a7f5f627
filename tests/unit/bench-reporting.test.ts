// `npm run bench`'s final line must tell the truth: every benchmark started has an entry,
// a miss is listed as missed (never dropped because the benchmark exited non-zero), a
// timeout is unmeasured (never a pass), and a crash is an error entry that keeps whatever
// figures came before it.
import { describe, expect, it } from 'vitest';
import { crashLine, entriesOf, resultsOfLine } from '../bench/outcome.mjs';
import { atMost, summarise, timedOut, under } from '../bench/report';
import { summariseResults } from '../bench/summary.mjs';

const exportFigures = {
  dialogReadyMs: summarise([420, 380, 900], 0),
  targets: {
    dialogReadyMs: under(420, 1_000),
    nativeExportSeconds: under(22.4, 15),
    w3cExportSeconds: timedOut(20, false),
    peerMs: timedOut(100),
  },
  problems: ['a temporary file was left behind'],
};

describe("a benchmark's entries in the final line", () => {
  it('keeps the figures of a benchmark that ran and missed targets, and lists the misses', () => {
    const merged = entriesOf({ stem: 'export', code: 0, results: { export: exportFigures } });
    expect(merged.export).toEqual(exportFigures);
    const summary = summariseResults(merged);
    expect(summary.ran).toEqual(['export']);
    expect(summary.errors).toEqual([]);
    expect(summary.missed).toEqual(['export.nativeExportSeconds', 'export.w3cExportSeconds']);
    // A timeout that proves nothing is unmeasured, not met.
    expect(summary.unmeasured).toEqual(['export.peerMs']);
    expect(summary.problems).toEqual(['export: a temporary file was left behind']);
  });

  it('keeps figures printed before a crash, marked with it', () => {
    const merged = entriesOf({ stem: 'export', code: 1, results: { export: exportFigures } });
    expect(merged.export!.targets).toEqual(exportFigures.targets);
    expect(merged.export!.error).toBe('exit 1 after its results line');
    const summary = summariseResults(merged);
    expect(summary.errors).toEqual(['export: exit 1 after its results line']);
    expect(summary.missed).toContain('export.nativeExportSeconds');
  });

  it('gives a crash without figures an error entry naming the thrown error', () => {
    const stderr = [
      'file:///tmp/x/export.bench.mjs:12',
      '    throw new Error("bridge did not start within 15 s");',
      '    ^',
      '',
      'Error: bridge did not start within 15 s',
      '    at main (file:///tmp/x/export.bench.mjs:12:11)',
      '',
      'Node.js v20.19.0',
    ].join('\n');
    const merged = entriesOf({ stem: 'export', code: 1, stderrTail: stderr });
    expect(merged).toEqual({
      export: { error: 'exit 1, no results line: Error: bridge did not start within 15 s' },
    });
    expect(summariseResults(merged).errors).toHaveLength(1);
  });

  it('names a benchmark killed by a signal, and one stopped for running too long', () => {
    expect(entriesOf({ stem: 'ingest-ui', code: 'SIGKILL' })['ingest-ui']!.error).toMatch(
      /^exit SIGKILL, no results line/,
    );
    const stopped = entriesOf({ stem: 'ingest-ui', code: 'SIGTERM', timedOutAfterMs: 5_400_000 });
    expect(stopped['ingest-ui']!.error).toBe(
      'stopped after 90 min without ending, no results line: no results line',
    );
    const late = entriesOf({
      stem: 'export',
      code: 0,
      results: { export: exportFigures },
      timedOutAfterMs: 5_400_000,
    });
    expect(late.export!.error).toBe('stopped after 90 min without ending after its results line');
  });

  it('reads every results line and shows any other line', () => {
    expect(resultsOfLine('{"benchmarks":{"a":{"x":1}}}')).toEqual({ a: { x: 1 } });
    expect(resultsOfLine('{"benchmarks": broken')).toBeUndefined();
    expect(resultsOfLine('run 1: dialog ready 420 ms')).toBeUndefined();
  });

  it('finds the message of a crash without a caret', () => {
    expect(crashLine('    at x (y.js:1:1)\nTypeError: nope\n    at z')).toBe('TypeError: nope');
  });
});

describe('targets and summaries', () => {
  it('reports each target as value, target and met', () => {
    expect(under(14.9, 15)).toEqual({ value: 14.9, target: 15, met: true });
    expect(under(15, 15).met).toBe(false);
    expect(atMost(1.3, 1.3).met).toBe(true);
    expect(timedOut(20)).toEqual({ value: null, target: 20, met: null, timeout: true });
  });

  it('summarises runs as median, min and max with the samples', () => {
    expect(summarise([3, 1, 2])).toEqual({
      median: 2,
      min: 1,
      max: 3,
      runs: 3,
      samples: [3, 1, 2],
    });
    expect(summarise([4, 1, 2, 3]).median).toBe(2.5);
  });
});

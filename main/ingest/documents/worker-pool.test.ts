import { afterEach, describe, expect, it } from 'vitest';
import { createWorkerPool, type WorkerPool } from './worker-pool';

// A worker that echoes, loops forever on 'loop', and fills its heap on 'hog'.
const SCRIPT = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (message) => {
  if (message === 'loop') for (;;) {}
  if (message === 'hog') {
    const kept = [];
    for (;;) kept.push(new Array(100_000).fill(kept.length));
  }
  parentPort.postMessage('echo:' + message);
});
`;
const URL_OF_SCRIPT = new URL(`data:text/javascript,${encodeURIComponent(SCRIPT)}`);

let pool: WorkerPool<string, string>;
afterEach(() => pool.close());

function start(maxWorkers = 2) {
  pool = createWorkerPool<string, string>({
    url: URL_OF_SCRIPT,
    maxWorkers,
    idleMs: 5_000,
    resourceLimits: { maxOldGenerationSizeMb: 32 },
  });
  return pool;
}

describe('createWorkerPool', () => {
  it('stops a job that never answers at its limit, while other jobs and the host go on', async () => {
    start();
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const started = Date.now();
    const stuck = pool.run('loop', 800).then((outcome) => ({ outcome, ms: Date.now() - started }));
    // Answered by the second worker while the first one spins.
    expect(await pool.run('a', 5_000)).toEqual({ kind: 'done', value: 'echo:a' });
    const { outcome, ms } = await stuck;
    clearInterval(ticker);
    expect(outcome).toEqual({ kind: 'timed-out' });
    expect(ms).toBeGreaterThanOrEqual(790);
    expect(ms).toBeLessThan(3_000);
    // The host's timers kept firing: nothing waited on the loop.
    expect(ticks).toBeGreaterThan(30);
    // The pool still works: the stopped worker is replaced.
    expect(await pool.run('b', 5_000)).toEqual({ kind: 'done', value: 'echo:b' });
  });

  it('answers out-of-memory for a job past its heap limit, and runs the next job', async () => {
    start(1);
    expect(await pool.run('hog', 20_000)).toEqual({ kind: 'out-of-memory' });
    expect(await pool.run('c', 5_000)).toEqual({ kind: 'done', value: 'echo:c' });
  });

  it('queues jobs past its workers and starts their clocks when a worker takes them', async () => {
    start(1);
    const first = pool.run('loop', 500);
    const second = pool.run('d', 300);
    expect(await first).toEqual({ kind: 'timed-out' });
    expect(await second).toEqual({ kind: 'done', value: 'echo:d' });
  });
});

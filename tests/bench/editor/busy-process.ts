/**
 * One other busy process on the machine, as an analyst's laptop has (a build, a video call):
 * a Node child that spins a loop until it is stopped. The additions are measured again
 * while it runs, so the addition target holds under load, not only on an idle machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface BusyProcess {
  /** The child's process id, for the readable lines. */
  pid: number;
  /** Stops the child (this child only, by its own handle) and waits until it is gone. */
  stop(): Promise<void>;
}

/** Starts the busy child and answers once it runs (its first line says it spins). */
export async function startBusyProcess(): Promise<BusyProcess> {
  // `for (;;)` with a little arithmetic: one core at 100 %, no memory growth.
  const child: ChildProcess = spawn(
    process.execPath,
    ['-e', 'process.stdout.write("spinning\\n"); let x = 0; for (;;) x = (x + 1) % 1e9;'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.stdout!.once('data', () => resolve());
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    pid: child.pid!,
    async stop() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Runs `work` with one busy process beside it; the process is stopped however `work` ends. */
export async function withBusyProcess<T>(work: () => Promise<T>): Promise<T> {
  const busy = await startBusyProcess();
  try {
    return await work();
  } finally {
    await busy.stop();
  }
}

/**
 * A few worker threads that each run one job at a time, under a hard time limit: a job
 * past its limit has its worker terminated (a synchronous loop in a parser cannot be
 * interrupted any other way) and answers `timed-out`; a worker that runs out of its
 * memory (`resourceLimits`) or crashes answers for its job too. A fresh worker takes the
 * next job. The host's own thread only waits on messages, so nothing a job does can block it.
 *
 * Workers are kept between jobs because starting one and loading PDF.js or mammoth costs
 * tens of milliseconds, more than reading a typical file; idle ones end after `idleMs`.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** What became of one job. */
export type WorkerOutcome<T> =
  | { kind: 'done'; value: T }
  | { kind: 'timed-out' }
  | { kind: 'out-of-memory' }
  | { kind: 'crashed'; why: string };

/** How a pool starts and keeps its workers. */
export interface WorkerPoolOptions {
  /** The worker's script (`file:` or `data:`); it answers each message with one message. */
  url: URL;
  /** Most workers running at once; further jobs wait their turn. */
  maxWorkers: number;
  /** An idle worker ends after this long, giving back its memory. */
  idleMs: number;
  resourceLimits?: ResourceLimits;
}

/** Runs jobs in workers. */
export interface WorkerPool<Request, Answer> {
  /**
   * Sends `request` to a free worker and answers its reply, or what stopped it. The
   * clock starts when a worker takes the job, not while it waits for one. Never rejects.
   */
  run(request: Request, timeoutMs: number): Promise<WorkerOutcome<Answer>>;
  /** Ends every worker; jobs still running or waiting answer `crashed`. */
  close(): Promise<void>;
}

interface Job<Answer> {
  request: unknown;
  timeoutMs: number;
  resolve: (outcome: WorkerOutcome<Answer>) => void;
}

interface Slot<Answer> {
  worker: Worker;
  /** Settles the job the worker is running, if any. */
  settle?: (outcome: WorkerOutcome<Answer>, canReuse: boolean) => void;
  idleTimer?: NodeJS.Timeout;
}

function outcomeOfError<T>(error: Error & { code?: unknown }): WorkerOutcome<T> {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') return { kind: 'out-of-memory' };
  return { kind: 'crashed', why: error.message.slice(0, 200) };
}

/** A pool of workers running `options.url`. */
export function createWorkerPool<Request, Answer>(
  options: WorkerPoolOptions,
): WorkerPool<Request, Answer> {
  const live = new Set<Slot<Answer>>();
  const idle: Slot<Answer>[] = [];
  const queue: Job<Answer>[] = [];
  let isClosed = false;

  const retire = (slot: Slot<Answer>) => {
    clearTimeout(slot.idleTimer);
    live.delete(slot);
    const at = idle.indexOf(slot);
    if (at >= 0) idle.splice(at, 1);
    void slot.worker.terminate();
  };

  const spawn = (): Slot<Answer> => {
    const worker = new Worker(options.url, {
      ...(options.resourceLimits ? { resourceLimits: options.resourceLimits } : {}),
    });
    const slot: Slot<Answer> = { worker };
    worker.on('message', (value: Answer) => slot.settle?.({ kind: 'done', value }, true));
    // Always listened to: an unheard 'error' event would be thrown in the host's thread.
    worker.on('error', (error) => slot.settle?.(outcomeOfError(error), false));
    worker.on('exit', (code) => {
      slot.settle?.({ kind: 'crashed', why: `it stopped with exit code ${code}` }, false);
      retire(slot);
    });
    // A worker never keeps the process alive on its own: a running job's timer does.
    worker.unref();
    live.add(slot);
    return slot;
  };

  const execute = (slot: Slot<Answer>, job: Job<Answer>) => {
    const timer = setTimeout(() => slot.settle?.({ kind: 'timed-out' }, false), job.timeoutMs);
    slot.settle = (outcome, canReuse) => {
      slot.settle = undefined;
      clearTimeout(timer);
      if (canReuse && !isClosed) {
        slot.idleTimer = setTimeout(() => retire(slot), options.idleMs);
        slot.idleTimer.unref();
        idle.push(slot);
      } else {
        retire(slot);
      }
      job.resolve(outcome);
      next();
    };
    try {
      slot.worker.postMessage(job.request);
    } catch (error) {
      // A request that cannot be copied to a thread; the worker itself is fine.
      const why = error instanceof Error ? error.message : String(error);
      slot.settle({ kind: 'crashed', why: `the request could not be sent to it (${why})` }, true);
    }
  };

  const next = () => {
    while (queue.length > 0 && (idle.length > 0 || live.size < options.maxWorkers)) {
      const slot = idle.pop() ?? spawn();
      clearTimeout(slot.idleTimer);
      execute(slot, queue.shift()!);
    }
  };

  return {
    run(request, timeoutMs) {
      if (isClosed) return Promise.resolve({ kind: 'crashed', why: 'it was shut down' });
      return new Promise((resolve) => {
        queue.push({ request, timeoutMs, resolve });
        next();
      });
    },
    async close() {
      isClosed = true;
      for (const job of queue.splice(0)) {
        job.resolve({ kind: 'crashed', why: 'it was shut down' });
      }
      const slots = [...live];
      for (const slot of slots) {
        slot.settle?.({ kind: 'crashed', why: 'it was shut down' }, false);
        retire(slot);
      }
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

/**
 * Reads one step ahead of the writing: the next step's read is asked for before the current
 * step is handed on, so IndexedDB (in the browser process) reads while the worker converts
 * and encodes. Two steps are held at most, so memory stays bounded however large the set.
 */
export async function* readAhead<S, T>(
  steps: Iterable<S>,
  read: (step: S) => Promise<T>,
): AsyncGenerator<[S, T]> {
  let pending: [S, Promise<T>] | undefined;
  for (const step of steps) {
    const next: [S, Promise<T>] = [step, read(step)];
    // Awaited in its turn; a failure before then is not an unhandled rejection.
    next[1].catch(() => undefined);
    if (pending) yield [pending[0], await pending[1]];
    pending = next;
  }
  if (pending) yield [pending[0], await pending[1]];
}

/** `length` items cut into steps of `size`, as `[at, at + size)` ranges. */
export function* stepRanges(length: number, size: number): Generator<[number, number]> {
  for (let at = 0; at < length; at += size) yield [at, Math.min(at + size, length)];
}

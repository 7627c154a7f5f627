import { useEffect, useState } from 'react';

/** How long a change may wait for an idle moment before it is shown anyway. */
const IDLE_TIMEOUT_MS = 500;

/**
 * `value`, changed in the view only once the browser is idle (within half a second): for
 * views beside the one the user acts on. On a long article each frame that changes layout
 * costs ~10 ms (the browser checks every paragraph's visibility), so the annotation list
 * re-laid out next to a new mark delayed both the mark's paint and the write's commit.
 */
export function useIdleValue<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (shown === value) return;
    const handle = requestIdleCallback(() => setShown(value), { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }, [value, shown]);
  return shown;
}

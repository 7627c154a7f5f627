import { describe, expect, it } from 'vitest';
import { pagesNeededForChrome, storedPagesNeeded } from './site-chrome-rule';

describe('storedPagesNeeded', () => {
  it('never leaves out a stored line that could reach chrome with the incoming dumps', () => {
    // Every split: `stored` dumps of which `held` hold the line, `incoming` new dumps
    // of which `ingested` hold it. The pre-filter must keep every line the rule accepts.
    const missed: string[] = [];
    for (let stored = 0; stored <= 120; stored++) {
      for (let incoming = 0; incoming <= 30; incoming++) {
        const bar = storedPagesNeeded(stored, incoming);
        for (let ingested = 0; ingested <= incoming; ingested++) {
          for (let held = 0; held <= stored; held++) {
            const isChrome = held + ingested >= pagesNeededForChrome(stored + ingested);
            if (isChrome && held > 0 && held < bar) missed.push(`${held}/${stored}+${ingested}`);
          }
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('asks for about half of a large folder, less the files coming in', () => {
    expect(storedPagesNeeded(10_000, 25)).toBe(4_988);
    expect(storedPagesNeeded(2, 1)).toBe(2);
    expect(pagesNeededForChrome(4)).toBe(3);
  });
});

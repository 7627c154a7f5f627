// @vitest-environment jsdom
/**
 * The statistics view opened again: with nothing written since, its figures show in the
 * first render, not after a read of the corpus and a recount; after a write they are
 * counted again and include it.
 */
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadDefaultCodebook } from '../codebook/default-codebook';
import { indexCodebook } from '../codebook/codebook-lookup';
import { db } from '../db/db';
import { ANALYST, seedExportLibrary } from '../export/export-testing';
import { forgetStatsSnapshot } from './stats-snapshot-store';
import { useCorpusStats, type CorpusStatsState } from './useCorpusStats';

const codebook = indexCodebook(loadDefaultCodebook());
const self = { id: ANALYST as string, name: 'Analyst' };
const everything = { outlet: '', language: '' };

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  forgetStatsSnapshot();
  await seedExportLibrary(6);
});

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
});

/** Mounts the hook; `renders` holds the state of every render, the first one first. */
function open(index = codebook): CorpusStatsState[] {
  const renders: CorpusStatsState[] = [];
  function Probe() {
    renders.push(useCorpusStats(index, self, everything));
    return null;
  }
  root = createRoot(document.createElement('div'));
  act(() => root!.render(<Probe />));
  return renders;
}

function close() {
  act(() => root?.unmount());
  root = null;
}

async function counted(renders: CorpusStatsState[]) {
  await expect.poll(() => renders.at(-1)?.stats, { timeout: 5_000 }).toBeDefined();
  return renders.at(-1)!.stats!;
}

describe('the statistics opened again', () => {
  it('show the figures in the first render when nothing was written since', async () => {
    const first = await counted(open());
    close();
    // The view reads its codebook anew at each opening: the same version, a new object.
    const again = open(indexCodebook(loadDefaultCodebook()));
    expect(again[0]!.stats).toBe(first);
  });

  it('count again with another version of the codebook', async () => {
    await counted(open());
    close();
    const next = loadDefaultCodebook();
    const again = open(indexCodebook({ ...next, version: next.version + 1 }));
    expect(again[0]!.stats).toBeUndefined();
    await counted(again);
  });

  it('count again, with the new annotation, after a write', async () => {
    const first = await counted(open());
    close();
    const row = (await db.annotations
      .where('author')
      .equals(ANALYST)
      .filter((annotation) => annotation.kind === 'span')
      .first())!;
    await db.annotations.add({ ...row, id: 'added-later' as typeof row.id });
    const again = open();
    expect(again[0]!.stats).toBeUndefined();
    await expect
      .poll(() => again.at(-1)?.stats?.annotationCount, { timeout: 5_000 })
      .toBe(first.annotationCount + 1);
  });
});

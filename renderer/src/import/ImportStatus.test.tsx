// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { createFakeHost, type FakeEntry } from '../testing/fake-host';
import { ingestedArticle } from '../testing/ingested-article';
import { ImportStatus } from './ImportStatus';
import { useImportQueue, useImportQueueState, type ImportQueueHandle } from './useImportQueue';

let root: Root | null = null;

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

describe('ImportStatus', () => {
  it('follows every chunk of an import while the shell above it renders only at start and end', async () => {
    const disk = new Map<string, FakeEntry>();
    const paths = Array.from({ length: 60 }, (_, i) => `/news/${i}.txt`);
    for (const [i, path] of paths.entries())
      disk.set(path, await ingestedArticle(path, `Dépêche ${i}\n\nTexte ${i}.`));
    const host = createFakeHost(disk);
    const labels: string[] = [];
    host.beforeIngestAnswer = () => {
      labels.push(document.querySelector('.progress-label')?.textContent ?? '');
    };

    // The shell as `App` holds it: the queue, and whether it runs (for the top bar).
    let shellRenders = 0;
    let imports: ImportQueueHandle | undefined;
    function Shell() {
      shellRenders++;
      imports = useImportQueue(host.api);
      const isImporting = useImportQueueState(imports.queue, (state) => state.isRunning);
      return (
        <main data-importing={isImporting}>
          <ImportStatus imports={imports} onOpenArticle={() => {}} />
        </main>
      );
    }
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() => root!.render(<Shell />));

    await act(() => imports!.enqueue({ kind: 'paths', paths }));
    // Three chunks: the bar said where each one started...
    expect(labels).toEqual([
      'Importing 0 of 60 · 0.txt',
      'Importing 25 of 60 · 25.txt',
      'Importing 50 of 60 · 50.txt',
    ]);
    expect(document.querySelector('[aria-label="Import report"]')?.textContent).toContain(
      'Added 60',
    );
    // ...while the shell, and the library under it, rendered for the start and the end only.
    expect(shellRenders).toBeLessThanOrEqual(3);
  });
});

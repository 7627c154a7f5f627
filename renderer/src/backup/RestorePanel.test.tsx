// @vitest-environment jsdom
/**
 * The Restore panel lists the host's snapshots and any backup file the analyst chose. The
 * snapshot listing may answer after a file was chosen (a slow disk, a busy machine): the
 * chosen file must stay on the list.
 */
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it, vi } from 'vitest';
import type { SnapshotFolder } from '../../../preload/api';
import { createFakeHost } from '../testing/fake-host';
import { HostApiContext } from '../shell/host-api-context';
import { RestorePanel } from './RestorePanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

it('keeps a backup file chosen before the snapshots were listed', async () => {
  const host = createFakeHost();
  const listed = await host.api.backup.listSnapshots();
  if (!listed.ok) throw new Error('the fake host lists its snapshots');
  let answerListing!: () => void;
  host.api.backup.listSnapshots = () =>
    new Promise((resolve) => {
      answerListing = () =>
        resolve({
          ok: true,
          value: {
            ...listed.value,
            snapshots: [
              {
                id: 'daily-1',
                location: 'snapshot',
                path: '/memory/snapshots/daily-1.json',
                sizeBytes: 10,
                isComplete: true,
              },
            ],
          } satisfies SnapshotFolder,
        });
    });
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () =>
    root.render(
      <HostApiContext.Provider value={host.api}>
        <RestorePanel onRestored={() => {}} />
      </HostApiContext.Provider>,
    ),
  );

  const input = container.querySelector<HTMLInputElement>('input[aria-label="Backup file"]')!;
  const file = new File(['{}'], 'mine.sourcemark-backup.json');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await vi.waitFor(() => expect(container.textContent).toContain('mine.sourcemark-backup.json'));

  await act(async () => answerListing());
  const restoreButtons = [...container.querySelectorAll('button')].map((b) =>
    b.getAttribute('aria-label'),
  );
  expect(restoreButtons).toContain('Restore the backup file mine.sourcemark-backup.json');
  expect(restoreButtons.filter((label) => label?.startsWith('Restore '))).toHaveLength(2);
  await act(async () => root.unmount());
});

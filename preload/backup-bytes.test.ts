/**
 * The Electron preload hands backup chunks (Blobs from the page) and export chunks (bytes) to `ipcRenderer.invoke` as
 * their bytes (IPC cannot carry a Blob; its structured clone copies a Uint8Array to main),
 * and hands back the bytes main answers as a Blob for the page: no base64 on either side.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Result, SourcemarkApi } from './api';

const exposed = vi.hoisted(() => ({ api: undefined as unknown }));
const invoke = vi.hoisted(() => vi.fn());
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (_name: string, api: unknown) => {
      exposed.api = api;
    },
  },
  ipcRenderer: { invoke, on: vi.fn(), removeListener: vi.fn() },
  webUtils: { getPathForFile: vi.fn() },
}));
await import('./index');
const api = exposed.api as SourcemarkApi;

describe('the preload’s file chunks', () => {
  it('are sent and answered as raw bytes', async () => {
    const chunk = new Uint8Array([0, 255, 128, 10]);
    invoke.mockResolvedValueOnce({ ok: true, value: 4 });
    expect(await api.backup.writeChunk('id', new Blob([chunk]))).toEqual({ ok: true, value: 4 });
    expect(invoke).toHaveBeenLastCalledWith('sm:backup:writeChunk', 'id', chunk);
    expect(invoke.mock.lastCall![2]).toBeInstanceOf(Uint8Array);

    // What main answers comes back to the page as a Blob of the same bytes.
    const answer = new Uint8Array([1, 2, 3]);
    const bytesOf = async (read: Result<Blob>) => {
      if (!read.ok) throw new Error(read.error.message);
      return new Uint8Array(await read.value.arrayBuffer());
    };
    invoke.mockResolvedValueOnce({ ok: true, value: answer });
    expect(await bytesOf(await api.backup.readWritten('id', 0, 3))).toEqual(answer);
    expect(invoke).toHaveBeenLastCalledWith('sm:backup:readWritten', 'id', 0, 3);
    invoke.mockResolvedValueOnce({ ok: true, value: answer });
    expect(await bytesOf(await api.backup.readSnapshot('s.json', 5, 3))).toEqual(answer);
    expect(invoke).toHaveBeenLastCalledWith('sm:backup:readSnapshot', 's.json', 5, 3);
    const refusal = { ok: false, error: { code: 'internal', message: 'gone' } };
    invoke.mockResolvedValueOnce(refusal);
    expect(await api.backup.readSnapshot('s.json', 5, 3)).toEqual(refusal);
  });

  it('send export chunks as raw bytes too', async () => {
    const chunk = new Uint8Array([0x7b, 0xc3, 0xa9, 0x7d]);
    invoke.mockResolvedValueOnce({ ok: true, value: 4 });
    expect(await api.exportFile.append('id', chunk)).toEqual({ ok: true, value: 4 });
    expect(invoke).toHaveBeenLastCalledWith('sm:export:append', 'id', chunk);
    expect(invoke.mock.lastCall![2]).toBe(chunk);
  });
});

/**
 * Backup chunks over the loopback bridge (browser mode, what e2e and benches use): the
 * renderer's HTTP host api sends a chunk as an `application/octet-stream` body and gets
 * read chunks back as bytes, through the real bridge and store on disk; and the bridge
 * refuses a bytes body anywhere else, a body past the bound, and a call without its token.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunningBridge } from '../../main/bridge/bridge-server';
import { createBackupStore } from '../../main/host/backup/backup-store';
import { MAX_CHUNK_BYTES } from '../../main/host/payload-schemas';
import { createHttpHostApi } from '../../renderer/src/host/http-host-api';
import { bytesHeaders, startPageBridge, type PageBridge } from './support/page-bridge';

let page: PageBridge;
let bridge: RunningBridge;
const post: PageBridge['post'] = (...args) => page.post(...args);

beforeEach(async () => {
  page = await startPageBridge((dir) => ({ backups: createBackupStore({ dataDir: dir }) }));
  bridge = page.bridge;
});
afterEach(() => page.close());

describe('backup chunks over the bridge', () => {
  it('go as raw bytes both ways, and the file on disk holds exactly them', async () => {
    const api = createHttpHostApi(bridge.token);
    const opened = await api.backup.beginWrite({ kind: 'snapshot', reason: 'daily' });
    if (!opened.ok || !opened.value) throw new Error('no write');
    const { writeId, path } = opened.value;
    const first = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 31) % 256);
    const second = new TextEncoder().encode('{"sourcemark":"ünïcødé"}');
    // A chunk is a slice of the export's Blob, as the backup's write stream (`host-write-stream.ts`) cuts it.
    const secondChunk = new Blob([second]);
    expect(await api.backup.writeChunk(writeId, new Blob([first]))).toEqual({
      ok: true,
      value: 300_000,
    });
    expect(await api.backup.writeChunk(writeId, secondChunk)).toMatchObject({ ok: true });
    // No base64, no JSON and no copy into the page around the bytes: the body is the Blob.
    const [, init] = vi.mocked(fetch).mock.calls.at(-1)!;
    expect(init?.body).toBe(secondChunk);
    expect(new Headers(init?.headers).get('content-type')).toBe('application/octet-stream');

    const onDisk = new Uint8Array(await readFile(`${path}.incomplete`));
    // Compared as buffers: a deep equality of 300,000 elements took over 5 s on a loaded
    // machine, past the bridge's keep-alive, and the next call met a closed connection.
    expect(Buffer.from(onDisk).equals(Buffer.concat([first, second]))).toBe(true);
    const read = await api.backup.readWritten(writeId, 299_990, 1 << 20);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value).toBeInstanceOf(Blob);
    expect(new Uint8Array(await read.value.arrayBuffer())).toEqual(onDisk.subarray(299_990));

    const committed = await api.backup.commitWrite(writeId);
    if (!committed.ok) throw new Error(committed.error.message);
    const snapshot = await api.backup.readSnapshot(committed.value.id, 0, 10);
    if (!snapshot.ok) throw new Error(snapshot.error.message);
    expect(new Uint8Array(await snapshot.value.arrayBuffer())).toEqual(first.subarray(0, 10));
    // A failure is still an answer in JSON, with its message.
    const refused = await api.backup.readSnapshot('retention.json', 0, 10);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('refuses bytes for a channel that takes JSON, past the bound, or without the token', async () => {
    const api = createHttpHostApi(bridge.token);
    const opened = await api.backup.beginWrite({ kind: 'file', suggestedName: 'b' });
    const writeId = opened.ok && opened.value ? opened.value.writeId : '';
    const json = await post('sm:backup:commitWrite', bytesHeaders([]), new Uint8Array([1]));
    expect(json.status).toBe(415);
    const tooLarge = new Uint8Array(MAX_CHUNK_BYTES + 1);
    const large = await post('sm:backup:writeChunk', bytesHeaders([writeId]), tooLarge);
    expect(large.status).toBe(413);
    const noArgs = await post(
      'sm:backup:writeChunk',
      { 'content-type': 'application/octet-stream' },
      new Uint8Array([1]),
    );
    expect(noArgs.status).toBe(400);
    const badId = await post('sm:backup:writeChunk', bytesHeaders(['x']), new Uint8Array([1]));
    expect(await badId.json()).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    // base64 in JSON, the old way, is refused: a chunk must be bytes.
    const base64 = await post(
      'sm:backup:writeChunk',
      { 'content-type': 'application/json' },
      JSON.stringify({ args: [writeId, 'AAEC'] }),
    );
    expect(await base64.json()).toMatchObject({ ok: false, error: { message: /must be bytes/ } });
    const anonymous = await fetch(`/api/sm:backup:writeChunk`, {
      method: 'POST',
      headers: bytesHeaders([writeId]),
      body: new Uint8Array([1]),
    });
    expect(anonymous.status).toBe(401);
    expect(
      await readFile(join(page.dir, 'backups', 'b.sourcemark-backup.json.incomplete')),
    ).toHaveLength(0);
  });
});

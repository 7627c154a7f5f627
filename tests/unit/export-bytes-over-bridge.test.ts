/**
 * Export chunks over the loopback bridge (browser mode, what e2e and benches use): the
 * renderer's HTTP host api sends each chunk as an `application/octet-stream` body, as backup
 * chunks go, through the real bridge to the file on disk; the bridge bounds the body and
 * main's schema refuses a chunk that is not bytes, a write id that is no id or names no open
 * write, and bytes sent to an export channel that takes JSON.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunningBridge } from '../../main/bridge/bridge-server';
import { createExportWrites } from '../../main/host/export-writes';
import { MAX_CHUNK_BYTES } from '../../main/host/payload-schemas';
import { createHttpHostApi } from '../../renderer/src/host/http-host-api';
import { bytesHeaders, startPageBridge, type PageBridge } from './support/page-bridge';

let exportsDir: string;
let page: PageBridge;
let bridge: RunningBridge;
const post: PageBridge['post'] = (...args) => page.post(...args);

beforeEach(async () => {
  page = await startPageBridge((dir) => {
    exportsDir = join(dir, 'exports');
    return { exportWrites: createExportWrites(() => exportsDir) };
  });
  bridge = page.bridge;
});
afterEach(() => page.close());

describe('export chunks over the bridge', () => {
  it('go as raw bytes, and the file written holds exactly them', async () => {
    const api = createHttpHostApi(bridge.token);
    const opened = await api.exportFile.open('set.sourcemark.json');
    if (!opened.ok) throw new Error(opened.error.message);
    const { writeId } = opened.value;
    const text = new TextEncoder().encode('{"quote":"Həsənova’s café 🎥 \\"quoted\\""}\n');
    const zip = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 31) % 256);
    expect(await api.exportFile.append(writeId, text)).toEqual({ ok: true, value: text.length });
    expect(await api.exportFile.append(writeId, zip)).toMatchObject({ ok: true });
    // No base64 and no JSON around the bytes: the body is the chunk itself.
    const [url, init] = vi.mocked(fetch).mock.calls.at(-1)!;
    expect(url).toBe('/api/sm:export:append');
    // In a Blob: Chromium's fetch sends a Blob body ten times faster than a Uint8Array one.
    expect(init?.body).toBeInstanceOf(Blob);
    expect(new Uint8Array(await (init!.body as Blob).arrayBuffer())).toEqual(zip);
    expect(new Headers(init?.headers).get('content-type')).toBe('application/octet-stream');

    const closed = await api.exportFile.close(writeId);
    if (!closed.ok) throw new Error(closed.error.message);
    expect(closed.value.bytes).toBe(text.length + zip.length);
    expect(new Uint8Array(await readFile(closed.value.path))).toEqual(
      new Uint8Array([...text, ...zip]),
    );
  });

  it('are refused past the bound, as text, for an unknown write, and on a JSON channel', async () => {
    const api = createHttpHostApi(bridge.token);
    const opened = await api.exportFile.open('set.jsonld');
    if (!opened.ok) throw new Error(opened.error.message);
    const { writeId } = opened.value;
    const tooLarge = new Uint8Array(MAX_CHUNK_BYTES + 1);
    const large = await post('sm:export:append', bytesHeaders([writeId]), tooLarge);
    expect(large.status).toBe(413);
    // Text in JSON, the old way, is refused: a chunk must be bytes.
    const asText = await post(
      'sm:export:append',
      { 'content-type': 'application/json' },
      JSON.stringify({ args: [writeId, '{"a":1}', 'utf8'] }),
    );
    expect(await asText.json()).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const badId = await post('sm:export:append', bytesHeaders(['x']), new Uint8Array([1]));
    expect(await badId.json()).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const closedWrite = await api.exportFile.append(
      '0e5a0b8e-0000-4000-8000-000000000000',
      new Uint8Array([1]),
    );
    expect(closedWrite).toMatchObject({
      ok: false,
      error: { message: /no longer being written/ },
    });
    // The other export channels take JSON only.
    for (const channel of ['sm:export:open', 'sm:export:close', 'sm:export:abort']) {
      const response = await post(channel, bytesHeaders([writeId]), new Uint8Array([1]));
      expect(response.status).toBe(415);
    }
    // Nothing refused reached the file, and the write is still open and empty.
    const closed = await api.exportFile.close(writeId);
    expect(closed).toMatchObject({ ok: true, value: { bytes: 0 } });
    expect(await readdir(exportsDir)).toEqual(['set.jsonld']);
  });
});

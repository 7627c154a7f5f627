import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../preload/api';
import { createExportWrites } from './export-writes';
import { createHandlerTable, dispatchHostCall } from './handlers';
import { MAX_CHUNK_BYTES } from './payload-schemas';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourcemark-export-writes-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The handler table both transports end in (IPC and the bridge), writing into `dir`. */
function handlerTable() {
  return createHandlerTable(
    {
      shell: 'browser',
      version: '0',
      samplesDir: dir,
      pickFiles: async () => undefined,
      pickFolder: async () => undefined,
      takeLaunchPaths: () => [],
    },
    { exportWrites: createExportWrites(() => dir) },
  );
}

describe('streamed export files', () => {
  it('writes the chunks in order and shows the file under its name only once closed', async () => {
    const writes = createExportWrites(() => dir);
    const { writeId, folder } = await writes.open('set.sourcemark.json');
    expect(folder).toBe(dir);
    await writes.append(writeId, utf8('{"a":"café 🎥",'));
    expect(await readdir(dir)).not.toContain('set.sourcemark.json');
    await writes.append(writeId, utf8('"b":1}\n'));
    const closed = await writes.close(writeId);
    expect(closed.path).toBe(join(dir, 'set.sourcemark.json'));
    expect(await readFile(closed.path, 'utf8')).toBe('{"a":"café 🎥","b":1}\n');
    expect(closed.bytes).toBe(Buffer.byteLength('{"a":"café 🎥","b":1}\n'));
    expect(await readdir(dir)).toEqual(['set.sourcemark.json']);
  });

  it('leaves nothing behind when aborted', async () => {
    const writes = createExportWrites(() => dir);
    const { writeId } = await writes.open('set.jsonld');
    await writes.append(writeId, utf8('half a file'));
    expect(await writes.abort(writeId)).toBe(true);
    expect(await readdir(dir)).toEqual([]);
    await expect(writes.append(writeId, utf8('more'))).rejects.toThrow(/no longer/);
  });

  it('never replaces a file: a taken name gets a number before its ending', async () => {
    await writeFile(join(dir, 'set.brat.zip'), 'older');
    const writes = createExportWrites(() => dir);
    const { writeId } = await writes.open('set.brat.zip');
    const closed = await writes.close(writeId);
    expect(closed.path).toBe(join(dir, 'set (1).brat.zip'));
    expect(await readFile(join(dir, 'set.brat.zip'), 'utf8')).toBe('older');
  });

  it('refuses a name that is a path, through the channel schema', async () => {
    const table = handlerTable();
    for (const name of ['../escape.json', 'a/b.json', '.hidden']) {
      const answer = await dispatchHostCall(table, 'sm:export:open', [name]);
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    const opened = await dispatchHostCall(table, 'sm:export:open', ['ok.csv']);
    expect(opened.ok).toBe(true);
    expect(await readdir(dir)).toHaveLength(1);
  });

  it('takes chunks as raw bytes only, within bounds, for a write that is open', async () => {
    const table = handlerTable();
    const opened = await dispatchHostCall(table, 'sm:export:open', ['set.zip']);
    const { writeId } = (opened as { ok: true; value: { writeId: string } }).value;
    const append = (...args: unknown[]) => dispatchHostCall(table, 'sm:export:append', args);
    const refusal = (answer: Result<unknown>) => (answer.ok ? '' : answer.error.message);
    // Every byte value, not UTF-8 at all: written as sent, nothing decoded on the way.
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37) % 256);
    expect(await append(writeId, bytes)).toEqual({ ok: true, value: 1000 });
    // The old ways (text, base64 in JSON) and anything but a bounded, non-empty chunk.
    expect(refusal(await append(writeId, 'text', 'utf8'))).toMatch(/at most 2 items|<=2 items/);
    expect(refusal(await append(writeId, 'AAEC'))).toMatch(/must be bytes/);
    expect(refusal(await append(writeId, [0, 1, 2]))).toMatch(/must be bytes/);
    expect(refusal(await append(writeId, new Uint8Array(0)))).toMatch(/must not be empty/);
    const oversized = new Uint8Array(MAX_CHUNK_BYTES + 1);
    expect(refusal(await append(writeId, oversized))).toMatch(/at most 8388608 bytes/);
    // A write id that is no id, and one that names no open write.
    expect(refusal(await append('x', bytes))).toMatch(/argument 0/);
    const unknown = await append('0e5a0b8e-0000-4000-8000-000000000000', bytes);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(refusal(unknown)).toMatch(/no longer being written/);

    const closed = await dispatchHostCall(table, 'sm:export:close', [writeId]);
    expect(closed).toMatchObject({ ok: true, value: { bytes: 1000 } });
    expect(new Uint8Array(await readFile(join(dir, 'set.zip')))).toEqual(bytes);
  });
});

import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExportWrites } from './export-writes';
import { createHandlerTable, dispatchHostCall } from './handlers';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourcemark-export-writes-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('streamed export files', () => {
  it('writes the chunks in order and shows the file under its name only once closed', async () => {
    const writes = createExportWrites(() => dir);
    const { writeId, folder } = await writes.open('set.sourcemark.json');
    expect(folder).toBe(dir);
    await writes.append(writeId, '{"a":"café 🎥",', 'utf8');
    expect(await readdir(dir)).not.toContain('set.sourcemark.json');
    await writes.append(writeId, Buffer.from('"b":1}\n').toString('base64'), 'base64');
    const closed = await writes.close(writeId);
    expect(closed.path).toBe(join(dir, 'set.sourcemark.json'));
    expect(await readFile(closed.path, 'utf8')).toBe('{"a":"café 🎥","b":1}\n');
    expect(closed.bytes).toBe(Buffer.byteLength('{"a":"café 🎥","b":1}\n'));
    expect(await readdir(dir)).toEqual(['set.sourcemark.json']);
  });

  it('leaves nothing behind when aborted', async () => {
    const writes = createExportWrites(() => dir);
    const { writeId } = await writes.open('set.jsonld');
    await writes.append(writeId, 'half a file', 'utf8');
    expect(await writes.abort(writeId)).toBe(true);
    expect(await readdir(dir)).toEqual([]);
    await expect(writes.append(writeId, 'more', 'utf8')).rejects.toThrow(/no longer/);
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
    const table = createHandlerTable(
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
    for (const name of ['../escape.json', 'a/b.json', '.hidden']) {
      const answer = await dispatchHostCall(table, 'sm:export:open', [name]);
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    const opened = await dispatchHostCall(table, 'sm:export:open', ['ok.csv']);
    expect(opened.ok).toBe(true);
    expect(await readdir(dir)).toHaveLength(1);
  });
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRememberedPort, rememberPort } from './remembered-port';

let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'sm-config-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the remembered port', () => {
  it('is read back after being remembered, in a folder created on the way', async () => {
    const configDir = join(dir, 'not', 'yet', 'there');
    await rememberPort(configDir, 51234);
    expect(await readRememberedPort(configDir)).toBe(51234);
  });

  it('is absent, not an error, when the file is missing, broken or holds no port', async () => {
    expect(await readRememberedPort(dir)).toBeUndefined();
    for (const content of ['{"port": 5', 'null', '{"port": "5000"}', '{"port": 70000}']) {
      await writeFile(join(dir, 'browser-mode.json'), content);
      expect(await readRememberedPort(dir)).toBeUndefined();
    }
  });
});

/**
 * The browser mode's port, remembered in the settings folder (`config-dir.ts`) so that the
 * next `npm run start:browser` serves the same origin, where the browser keeps the library.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const SETTINGS_FILE = 'browser-mode.json';

function isPort(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 65535;
}

/**
 * The port remembered in `configDir`, or undefined when none is (no file yet, or a file
 * that is unreadable or holds no valid port: the default then applies, never a failure).
 */
export async function readRememberedPort(configDir: string): Promise<number | undefined> {
  try {
    const settings = JSON.parse(await readFile(join(configDir, SETTINGS_FILE), 'utf8')) as {
      port?: unknown;
    } | null;
    return isPort(settings?.port) ? settings.port : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Remembers `port` in `configDir`, creating the folder. Written to a temp file and renamed,
 * so a crash never leaves half a file that would drop the port silently.
 */
export async function rememberPort(configDir: string, port: number): Promise<void> {
  await mkdir(configDir, { recursive: true });
  const file = join(configDir, SETTINGS_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify({ port }, null, 2)}\n`);
  await rename(temp, file);
}

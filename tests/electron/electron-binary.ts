/**
 * Finds the Electron binary without `require('electron')`, which would try to download it.
 * Returns the reason when there is none (or no display), so specs skip with a message.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const electronDir = join(import.meta.dirname, '..', '..', 'node_modules', 'electron');

export function findElectron(): { path: string } | { skipReason: string } {
  const fromEnv = process.env.ELECTRON_EXEC_PATH;
  const pathFile = join(electronDir, 'path.txt');
  const path =
    fromEnv ??
    (existsSync(pathFile)
      ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
      : undefined);
  if (!path || !existsSync(path)) {
    return {
      skipReason:
        'no Electron binary on this machine (node_modules/electron/dist is empty and ELECTRON_EXEC_PATH is unset)',
    };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { skipReason: 'no display for Electron (run under xvfb-run)' };
  }
  return { path };
}

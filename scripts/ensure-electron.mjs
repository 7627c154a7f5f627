// Makes sure the Electron binary is present before `npm start`.
// Electron 42+ no longer downloads its binary at install time, and electron-vite does not
// trigger the download either, so a fresh clone would fail with "Electron uninstall".
// Probe without require('electron'), which would start a download of its own.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

function binaryPath() {
  if (process.env.ELECTRON_EXEC_PATH) return process.env.ELECTRON_EXEC_PATH;
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  return join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
}

const present = () => {
  const path = binaryPath();
  return path !== undefined && existsSync(path);
};

if (!present()) {
  console.log(
    'Sourcemark: the Electron binary is missing; downloading it once (install-electron)…',
  );
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'inherit',
    timeout: 10 * 60 * 1000,
  });
  if (result.status !== 0 || !present()) {
    console.error(
      [
        '',
        'Sourcemark could not get the Electron binary (no network access to its download host?).',
        'You can still use the app in a browser: run `npm run start:browser` and open the URL it prints.',
        'Or set ELECTRON_EXEC_PATH to an Electron 45 executable and run `npm start` again.',
      ].join('\n'),
    );
    process.exit(1);
  }
}

// Makes sure the Electron binary is present before `npm start`.
// Electron 42+ no longer downloads its binary at install time, and electron-vite does not
// trigger the download either, so a fresh clone would fail with "Electron uninstall".
// Probe without require('electron'), which would start a download of its own.
// The installer's output goes to a log file: when the download host is unreachable it
// prints a bare stack trace, and the user needs one paragraph saying what to do instead.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
const logPath = join(tmpdir(), 'sourcemark-electron-install.log');
// About 100 MB: minutes on a slow line, but an unreachable host must not hang `npm start`.
const DOWNLOAD_TIMEOUT_MS = 5 * 60 * 1000;

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

const browserMode =
  'You can still use the app in a browser: run `npm run start:browser` and open the URL it prints.';

function fail(paragraph) {
  console.error(`\n${paragraph}\n`);
  process.exit(1);
}

/** The installer's first line of complaint (`TypeError: fetch failed`), not its stack. */
function firstLogLine() {
  const log = existsSync(logPath) ? readFileSync(logPath, 'utf8') : '';
  const line = log.split('\n').find((text) => /\S/.test(text) && !/^\s+at /.test(text));
  return line ? line.trim().slice(0, 200) : undefined;
}

if (process.env.ELECTRON_EXEC_PATH && !present()) {
  fail(
    `Sourcemark: ELECTRON_EXEC_PATH is set to ${process.env.ELECTRON_EXEC_PATH}, which does ` +
      `not exist. Point it at an Electron ${electronVersion} executable, or unset it to ` +
      `download Electron once. ${browserMode}`,
  );
}

if (!present()) {
  console.log(
    `Sourcemark: the Electron ${electronVersion} binary is missing; downloading it once ` +
      `(up to ${DOWNLOAD_TIMEOUT_MS / 60_000} minutes, log in ${logPath})…`,
  );
  const log = openSync(logPath, 'w');
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: ['ignore', log, log],
    timeout: DOWNLOAD_TIMEOUT_MS,
  });
  closeSync(log);
  if (result.status !== 0 || !present()) {
    const timedOut = result.error?.code === 'ETIMEDOUT' || result.signal !== null;
    const said = firstLogLine();
    const cause = timedOut
      ? `the download did not finish within ${DOWNLOAD_TIMEOUT_MS / 60_000} minutes`
      : `the download failed${said ? ` ("${said}")` : ''}, most likely because this machine cannot reach Electron's download host`;
    fail(
      `Sourcemark could not get the Electron ${electronVersion} binary: ${cause}. The ` +
        `installer's full output is in ${logPath}. If you have an Electron ` +
        `${electronVersion} executable, set ELECTRON_EXEC_PATH to it and run \`npm start\` ` +
        `again. ${browserMode}`,
    );
  }
}

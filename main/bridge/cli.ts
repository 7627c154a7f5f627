/**
 * `npm run start:browser`: the app in a browser, for machines without the Electron binary.
 * Prints the URL to open (with its one-time token) and, for scripts, a JSON line with the
 * origin and token. Arguments: `--port N` (remembered; 0 for a free port this run only, as
 * the tests use), and article paths to import on first load. Exits non-zero, naming the
 * holder, when the port is taken.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGrantedSourcesFile, GRANTED_SOURCES_FILE_NAME } from '../host/granted-sources-file';
import { createBackupStore } from '../host/backup/backup-store';
import { createHandlerTable } from '../host/handlers';
import { createLaunchPathQueue, parseLaunchPaths } from '../host/launch-paths';
import { createPathGrantStore } from '../host/path-grant-store';
import { sourcemarkConfigDir } from './config-dir';
import { createDialogQueue } from './dialog-queue';
import { launchBridge } from './launch-bridge';
import { takePortOption } from './port-choice';

const bridgeDir = dirname(fileURLToPath(import.meta.url));
// The bundle lives in out/main/: the repository root is two levels up.
const appRoot = join(bridgeDir, '..', '..');

function readVersion(): string {
  const pkg = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

async function main(): Promise<void> {
  const { port, rest } = takePortOption(process.argv.slice(2));
  const launchPaths = createLaunchPathQueue(
    parseLaunchPaths(rest, { skip: 0, cwd: process.env.INIT_CWD ?? process.cwd() }),
  );
  const dialogs = createDialogQueue();
  // The library's sources, remembered in the config folder so a restarted bridge still reads them.
  const configDir = sourcemarkConfigDir({
    env: process.env,
    platform: process.platform,
    homeDir: homedir(),
  });
  const grants = createPathGrantStore({
    sourcesFile: createGrantedSourcesFile(join(configDir, GRANTED_SOURCES_FILE_NAME)),
  });
  const table = createHandlerTable(
    {
      shell: 'browser',
      version: readVersion(),
      samplesDir: join(appRoot, 'resources', 'samples'),
      takeLaunchPaths: () => launchPaths.take(),
      pickFiles: () => dialogs.pickFiles(),
      pickFolder: () => dialogs.pickFolder(),
    },
    // Snapshots go to the config folder, as the desktop app's go to its data folder.
    { grants, backups: createBackupStore({ dataDir: configDir }) },
  );
  const bridge = await launchBridge({
    rendererDir: join(appRoot, 'out', 'renderer'),
    table,
    dialogs,
    requestedPort: port,
    configDir,
  });
  console.log(
    `Sourcemark (browser mode) is ready. Open this URL in Chromium:\n\n  ${bridge.url}\n`,
  );
  console.log(
    'It serves this machine only (127.0.0.1). The link works once; that browser then stays\n' +
      `signed in while this runs. Your library lives in the browser under ${bridge.origin}:\n` +
      'the port stays the same from run to run (`--port N` changes it). Ctrl+C stops it.',
  );
  console.log(
    JSON.stringify({ bridge: { origin: bridge.origin, token: bridge.token, url: bridge.url } }),
  );
  const stop = () => void bridge.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(
    `Sourcemark browser mode did not start. ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});

/**
 * `npm run start:browser`: the app in a browser, for machines without the Electron binary.
 * Prints the URL to open (with its one-time token) and, for scripts, a JSON line with the
 * origin and token. Arguments: `--port N`, and article paths to import on first load.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandlerTable } from '../host/handlers';
import { createLaunchPathQueue, parseLaunchPaths } from '../host/launch-paths';
import { startBridge } from './bridge-server';
import { createDialogQueue } from './dialog-queue';

const bridgeDir = dirname(fileURLToPath(import.meta.url));
// The bundle lives in out/main/: the repository root is two levels up.
const appRoot = join(bridgeDir, '..', '..');

function readVersion(): string {
  const pkg = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

function takePortOption(args: string[]): number {
  const index = args.indexOf('--port');
  if (index === -1) return 0;
  const port = Number(args[index + 1]);
  args.splice(index, 2);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port needs a port number`);
  return port;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const port = takePortOption(args);
  const launchPaths = createLaunchPathQueue(
    parseLaunchPaths(args, { skip: 0, cwd: process.env.INIT_CWD ?? process.cwd() }),
  );
  const dialogs = createDialogQueue();
  const table = createHandlerTable({
    shell: 'browser',
    version: readVersion(),
    samplesDir: join(appRoot, 'resources', 'samples'),
    takeLaunchPaths: () => launchPaths.take(),
    pickFiles: () => dialogs.pickFiles(),
    pickFolder: () => dialogs.pickFolder(),
  });
  const bridge = await startBridge({
    rendererDir: join(appRoot, 'out', 'renderer'),
    table,
    dialogs,
    port,
  });
  console.log(
    `Sourcemark (browser mode) is ready. Open this URL in Chromium:\n\n  ${bridge.url}\n`,
  );
  console.log(
    'It serves this machine only (127.0.0.1) and needs the token in the URL. Ctrl+C stops it.',
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
    `Sourcemark bridge failed to start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});

/**
 * Starts the real loopback bridge (`out/main/bridge.js`, the production build) as a child
 * process and reads the origin and token it prints. By default each bridge gets a free port
 * (`--port 0`, never remembered) and its own settings folder, so tests run side by side and
 * never touch the user's browser-mode port or settings.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

export interface BridgeProcess {
  origin: string;
  token: string;
  url: string;
  process: ChildProcess;
  /** Where the bridge writes exports (`SOURCEMARK_EXPORTS_DIR`): inside its settings folder. */
  exportsDir: string;
  stop(): Promise<void>;
}

export interface BridgeProcessOptions {
  /** `--port N`; 'remembered' passes none, as a user's plain `npm run start:browser`. Default 0. */
  port?: number | 'remembered';
  /** `SOURCEMARK_CONFIG_DIR`, kept after `stop()`; default a temp folder removed by it. */
  configDir?: string;
}

const repoRoot = join(import.meta.dirname, '..', '..', '..');
/** The built bridge, as `npm run start:browser` runs it. */
export const BRIDGE_SCRIPT = join(repoRoot, 'out', 'main', 'bridge.js');

export async function startBridgeProcess(
  launchPaths: string[] = [],
  options: BridgeProcessOptions = {},
): Promise<BridgeProcess> {
  const port = options.port ?? 0;
  const ownConfigDir = options.configDir
    ? undefined
    : await mkdtemp(join(tmpdir(), 'sourcemark-e2e-config-'));
  const portArgs = port === 'remembered' ? [] : ['--port', String(port)];
  const configDir = (options.configDir ?? ownConfigDir)!;
  const exportsDir = join(configDir, 'exports');
  const child = spawn(process.execPath, [BRIDGE_SCRIPT, ...portArgs, ...launchPaths], {
    cwd: repoRoot,
    env: {
      ...process.env,
      SOURCEMARK_CONFIG_DIR: configDir,
      // Exports stay in the test's folder, never in the machine's Downloads.
      SOURCEMARK_EXPORTS_DIR: exportsDir,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const info = await new Promise<{ origin: string; token: string; url: string }>(
    (resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('bridge did not start within 15 s (is `npm run build` done?)')),
        15_000,
      );
      child.once('exit', (code) => reject(new Error(`bridge exited with code ${code}`)));
      lines.on('line', (line) => {
        if (!line.startsWith('{"bridge"')) return;
        clearTimeout(timer);
        resolve(
          (JSON.parse(line) as { bridge: { origin: string; token: string; url: string } }).bridge,
        );
      });
    },
  );
  return {
    ...info,
    process: child,
    exportsDir,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (ownConfigDir) await rm(ownConfigDir, { recursive: true, force: true });
    },
  };
}

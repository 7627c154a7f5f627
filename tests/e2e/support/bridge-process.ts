/**
 * Starts the real loopback bridge (`out/main/bridge.js`, the production build) as a child
 * process and reads the origin and token it prints.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

export interface BridgeProcess {
  origin: string;
  token: string;
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

const repoRoot = join(import.meta.dirname, '..', '..', '..');

export async function startBridgeProcess(launchPaths: string[] = []): Promise<BridgeProcess> {
  const child = spawn(
    process.execPath,
    [join(repoRoot, 'out', 'main', 'bridge.js'), ...launchPaths],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
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
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * The app under test: a fresh production build of the working tree in a temp folder (so a
 * stale `out/` or another person's build is never measured), and its loopback bridge.
 * `SM_BENCH_USE_OUT=1` uses the repository's `out/` instead of building.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type BrowserContext } from '@playwright/test';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface AppBuild {
  root: string;
  buildMs: number;
  dispose(): Promise<void>;
}

export async function buildApp(projectRoot: string): Promise<AppBuild> {
  if (process.env.SM_BENCH_USE_OUT === '1') {
    return { root: projectRoot, buildMs: 0, dispose: async () => {} };
  }
  const root = await mkdtemp(join(tmpdir(), 'sourcemark-editor-bench-app-'));
  const started = performance.now();
  execFileSync(
    process.execPath,
    [
      join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
      'build',
      '--outDir',
      join(root, 'out'),
      '--logLevel',
      'error',
    ],
    { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const buildMs = performance.now() - started;
  // The bridge finds package.json, resources/ and node_modules/ two levels above itself.
  await copyFile(join(projectRoot, 'package.json'), join(root, 'package.json'));
  await symlink(join(projectRoot, 'resources'), join(root, 'resources'));
  await symlink(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  return { root, buildMs, dispose: () => rm(root, { recursive: true, force: true }) };
}

export interface Bridge {
  url: string;
  /** The bridge's origin and token, for its test-only endpoints (`/bridge/dialog-answers`). */
  origin: string;
  token: string;
  stop(): Promise<void>;
}

/** `configDir`: the bridge's own settings folder; default a temporary one, removed on stop. */
export async function startBridge(appRoot: string, configDir?: string): Promise<Bridge> {
  // `--port 0`: a free port for this run only, not the user's remembered browser-mode port.
  // `SM_BENCH_BRIDGE_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/bridge"` profiles the bridge
  // (written when it stops; Node refuses `--cpu-prof` in NODE_OPTIONS).
  const nodeArgs = process.env.SM_BENCH_BRIDGE_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const bridgeArgs = [...nodeArgs, join(appRoot, 'out', 'main', 'bridge.js'), '--port', '0'];
  // A config folder of its own: the bench must not write the user's remembered port or
  // granted files into ~/.config/sourcemark, nor a `config/` into the repository when it
  // runs the repository's `out/` (`SM_BENCH_USE_OUT=1`).
  const ownConfig = configDir
    ? undefined
    : await mkdtemp(join(tmpdir(), 'sourcemark-bench-config-'));
  const child: ChildProcess = spawn(process.execPath, bridgeArgs, {
    cwd: appRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, SOURCEMARK_CONFIG_DIR: configDir ?? ownConfig },
  });
  const lines = createInterface({ input: child.stdout! });
  const info = await new Promise<Omit<Bridge, 'stop'>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('bridge did not start within 15 s')), 15_000);
    child.once('exit', (code) => reject(new Error(`bridge exited with code ${code}`)));
    lines.on('line', (line) => {
      if (!line.startsWith('{"bridge"')) return;
      clearTimeout(timer);
      const { url, origin, token } = (JSON.parse(line) as { bridge: Omit<Bridge, 'stop'> }).bridge;
      resolve({ url, origin, token });
    });
  });
  return {
    ...info,
    stop: async () => {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      if (ownConfig) await rm(ownConfig, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, on a profile kept on disk (IndexedDB as a user's is). */
export function launchBenchChromium(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Runs the smoke driver (`boot-main.mjs`) in a child Node process with the fake-electron
 * hook, under the shared build lock (the driver may rebuild `out/`, and must not read it
 * while another run rebuilds), and answers its report.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Result } from '../../preload/api';

export interface MainSmokeSpec {
  /** Requests for the `app://` handler, besides the files index.html names. */
  protocolUrls: string[];
  /** URLs sent through the session and web-contents guards. */
  guardUrls: string[];
  ipcCalls: { channel: string; args: unknown[]; frame: { url: string; parent: unknown } | null }[];
}

type ProtocolResponse =
  | { status: number; headers: Record<string, string>; sha256: string; bytes: number }
  | { status: 'threw'; error: string };

type Verdict = 'allowed' | 'prevented';
interface ContentsGuards {
  willNavigate: Verdict;
  willRedirect: Verdict;
  windowOpen: string;
}

/** What the driver saw; `boot-main.mjs` writes it. */
export interface MainSmokeReport {
  rebuilt: boolean;
  schemesBeforeReady: { scheme: string; privileges: Record<string, boolean> }[];
  paths: Record<string, string>;
  userData: string;
  window: {
    options: { webPreferences?: Record<string, unknown> };
    loadedUrls: string[];
  };
  preload: { path: string | undefined; source: string | null };
  indexHtmlSha256: string;
  assets: { ref: string; url: string; sha256: string | null }[];
  protocol: Record<string, ProtocolResponse>;
  guards: Record<
    string,
    { request: 'allowed' | 'cancelled'; window: ContentsGuards; later: ContentsGuards }
  >;
  webviewAttach: { window: boolean; later: boolean };
  permissions: { request: boolean; check: boolean };
  channels: string[];
  ipc: (MainSmokeSpec['ipcCalls'][number] & { result: Result<unknown> | 'no-handler' })[];
  hasApplicationMenu: boolean;
}

const here = import.meta.dirname;
const root = join(here, '..', '..');
const BUILD_LOCK = '/tmp/sm-build.lock';

const hasFlock = () =>
  process.platform === 'linux' && spawnSync('flock', ['--version']).status === 0;

/** Boots the built main process against the fake and answers the report; throws on failure. */
export function runMainSmoke(spec: MainSmokeSpec): MainSmokeReport {
  const dir = mkdtempSync(join(tmpdir(), 'sm-main-smoke-spec-'));
  try {
    const specPath = join(dir, 'spec.json');
    const reportPath = join(dir, 'report.json');
    writeFileSync(specPath, JSON.stringify({ ...spec, root, reportPath }));
    const node = [
      process.execPath,
      '--import',
      pathToFileURL(join(here, 'register-fake-electron.mjs')).href,
      join(here, 'boot-main.mjs'),
      specPath,
    ];
    // Wait up to 10 minutes for a Playwright run that holds the lock.
    const command = hasFlock() ? ['flock', '-w', '600', BUILD_LOCK, ...node] : node;
    const run = spawnSync(command[0]!, command.slice(1), {
      cwd: root,
      encoding: 'utf8',
      timeout: 12 * 60 * 1000,
    });
    if (run.status !== 0) {
      throw new Error(`the main process did not boot (${run.status}):\n${run.stderr}`);
    }
    return JSON.parse(readFileSync(reportPath, 'utf8')) as MainSmokeReport;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Runs Electronegativity over the app's sources, offline, and answers its findings as plain
// records. Sources rather than `out/`: findings then name the file and line a developer
// edits, no build is needed first, and it takes well under a second. Scanning `out/` took
// about 5 s (mostly the 1.9 MB renderer bundle, where Electron checks find nothing), named
// bundle lines, and found nothing the sources did not.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * What is scanned: the main process and the preload (the code that holds Electron's
 * settings), and the page's HTML (its CSP meta tag). The renderer's scripts are left out:
 * they cannot import Electron (lint), and the CSP refuses eval, the one check that applies.
 * Tests and test support (`testing/` folders) are not shipped and not scanned.
 */
export function isScannedSource(path) {
  if (path === 'renderer/index.html') return true;
  if (!/^(main|preload)\//.test(path) || !/\.ts$/.test(path)) return false;
  return !/\.test\.ts$/.test(path) && !path.split('/').includes('testing');
}

function listFiles(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory()
      ? listFiles(path, base)
      : [relative(base, path).split(sep).join('/')];
  });
}

/**
 * Electronegativity takes one folder and runs its global checks (navigation limits,
 * permission handler, CSP) over everything in it, so the scanned files are copied into one
 * folder that mirrors the repository: finding paths are then repository paths.
 */
function stageSources(root) {
  const stage = mkdtempSync(join(tmpdir(), 'sm-electronegativity-'));
  const folders = ['main', 'preload', 'renderer'];
  for (const file of folders.flatMap((folder) => listFiles(join(root, folder), root))) {
    if (isScannedSource(file)) cpSync(join(root, file), join(stage, file));
  }
  return stage;
}

let runner;

/**
 * Loads Electronegativity's runner with its translation download answered at once. Every
 * run first fetches updated strings from S3 (1 s timeout, retried: about 5 s offline, twice
 * per CLI run) and falls back to the English strings it ships, which are the ones we want.
 */
function loadRunner() {
  if (runner) return runner;
  const packageRequire = createRequire(require.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = packageRequire.resolve('got');
  const notModified = () => Promise.resolve({ statusCode: 304, body: '' });
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: notModified };
  const loaded = packageRequire('./dist/runner.js');
  runner = loaded.default ?? loaded;
  return runner;
}

/** The installed Electron's version, read from its package.json (never `require('electron')`). */
function electronVersion() {
  return require('electron/package.json').version;
}

/**
 * Scans the app's sources under `root`. Answers `{ findings, errors }`: each finding as
 * `{ check, file, line, column, snippet, severity, confidence, manualReview, description }`
 * (file relative to `root`, `'N/A'` for an app-wide finding), each error a file that could
 * not be parsed, hence not scanned. Runs the programmatic API (the package's `main`) rather
 * than the CLI: the same scan, answered as objects, so no CSV or SARIF is parsed.
 */
export async function scanWithElectronegativity(root) {
  const run = loadRunner();
  const stage = stageSources(root);
  try {
    const result = await run(
      {
        input: stage,
        // The AvailableSecurityFixes check needs the network (Electron's release list).
        excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
        isRelative: true,
        electronVersionOverride: electronVersion(),
        parserPlugins: [],
      },
      false,
    );
    const findings = result.issues.map((issue) => ({
      check: issue.id,
      file: issue.file.split(sep).join('/'),
      line: issue.location.line,
      column: issue.location.column,
      snippet: typeof issue.sample === 'string' ? issue.sample : '',
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      manualReview: Boolean(issue.manualReview),
      description: issue.description,
    }));
    const errors = result.errors.map((error) => ({
      file: relative(stage, error.file).split(sep).join('/'),
      message: error.message,
      isTolerable: Boolean(error.tolerable),
    }));
    return { findings, errors };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

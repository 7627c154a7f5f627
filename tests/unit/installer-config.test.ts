/**
 * The installer configuration, checked without an Electron binary: electron-builder's own
 * code loads `electron-builder.config.ts`, validates it against its schema, turns the fuses
 * into the wire it writes into the binary, and decides with its own file matcher which files
 * of a fresh `electron-vite build` (made in a temporary folder) and of the repository go
 * into app.asar. What the installed app needs at run time must be in it, and nothing else.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const CONFIG_FILE = 'electron-builder.config.ts';
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

interface FileSet {
  from?: string;
  to?: string;
  filter?: string[];
}
interface BuilderConfig {
  files: FileSet[];
  asar?: unknown;
  asarUnpack?: unknown;
  disableAsarIntegrity?: boolean;
  electronFuses?: Record<string, boolean> | null;
  extraMetadata?: Record<string, unknown>;
  directories: { output: string; buildResources: string };
  linux?: { target?: unknown };
  win?: { target?: unknown };
  mac?: { target?: unknown };
  nsis?: { deleteAppDataOnUninstall?: boolean };
}
type Filter = (file: string, stat: { isDirectory(): boolean }) => boolean;

// electron-builder's internals, loaded from its own dependency so the test follows its version.
const builderRequire = createRequire(
  createRequire(join(root, 'package.json')).resolve('electron-builder'),
);
const { getConfig, validateConfiguration } = builderRequire(
  'app-builder-lib/out/util/config/config.js',
) as {
  getConfig(projectDir: string, configPath: string, fromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, logger: object): Promise<void>;
};
const { getMainFileMatchers } = builderRequire('app-builder-lib/out/fileMatcher.js') as {
  getMainFileMatchers(...args: unknown[]): { patterns: string[]; createFilter(): Filter }[];
};
// Through the package index: platformPackager.js alone hits a require cycle.
const { PlatformPackager } = builderRequire('app-builder-lib') as {
  PlatformPackager: {
    prototype: { generateFuseConfig(fuses: object): Promise<Record<string | number, unknown>> };
  };
};
const { FuseV1Options } = builderRequire('@electron/fuses') as {
  FuseV1Options: Record<string, number>;
};
const abl = createRequire(builderRequire.resolve('app-builder-lib'));
const { minimatch } = abl('minimatch') as {
  minimatch(path: string, pattern: string, options: { dot: boolean }): boolean;
};

let config: BuilderConfig;
let buildDir: string;
/** Every file `electron-vite build` wrote, as `out/...`. */
let builtFiles: string[];

function listFiles(dir: string, skip: (relativePath: string) => boolean, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    const relativePath = relative(base, path).split(sep).join('/');
    if (skip(relativePath)) return [];
    return entry.isDirectory() ? listFiles(path, skip, base) : [relativePath];
  });
}

/** The files of the repository and the fresh build that electron-builder would put in app.asar. */
function packedFiles(): { packed: Set<string>; candidates: string[] } {
  const matchers = getMainFileMatchers(
    root,
    '/app',
    (text: string) => text,
    {},
    {
      info: {
        projectDir: root,
        buildResourcesDir: resolve(root, config.directories.buildResources),
        isPrepackedAppAsar: false,
        config,
        debugLogger: { isEnabled: false },
      },
    },
    resolve(root, config.directories.output),
    false,
  );
  expect(matchers, 'all `files` entries are patterns over the project folder').toHaveLength(1);
  const filter = matchers[0]!.createFilter();
  const isIn = (path: string, isDirectory: boolean) =>
    filter(join(root, path), { isDirectory: () => isDirectory });
  // electron-builder walks folders and skips a refused folder's contents.
  const isPacked = (path: string) =>
    path
      .split('/')
      .slice(0, -1)
      .every((_, i, parts) => isIn(parts.slice(0, i + 1).join('/'), true)) && isIn(path, false);
  const repository = listFiles(root, (path) =>
    ['node_modules', '.git', 'out', config.directories.output].includes(path),
  );
  const candidates = [...repository, ...builtFiles];
  return { packed: new Set(candidates.filter(isPacked)), candidates };
}

/** Relative and bare specifiers imported (statically or dynamically) by a built JS file. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(join(buildDir, file), 'utf8'), true, true);
  return info.importedFiles.map((imported) => imported.fileName);
}

const packageNameOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const isBuiltin = (specifier: string) =>
  specifier.startsWith('node:') || builtinModules.includes(specifier);

beforeAll(async () => {
  config = await getConfig(root, CONFIG_FILE, null);
  buildDir = mkdtempSync(join(tmpdir(), 'sm-installer-'));
  const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const build = spawnSync(
    process.execPath,
    [electronVite, 'build', '--outDir', join(buildDir, 'out'), '--logLevel', 'error'],
    { cwd: root, encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stderr}`);
  builtFiles = listFiles(buildDir, () => false);
}, 120_000);

afterAll(() => {
  if (buildDir) rmSync(buildDir, { recursive: true, force: true });
});

describe('installer configuration', () => {
  it('is a configuration electron-builder accepts', async () => {
    await expect(validateConfiguration(config, { isEnabled: false })).resolves.toBeUndefined();
  });

  it('builds AppImage and deb on Linux, NSIS on Windows and dmg on macOS', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('flips the fuses: no Node mode, NODE_OPTIONS or inspector; only an intact app.asar', async () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toBeUndefined();
    // Integrity validation needs the hash electron-builder embeds; disabling it would brick the app.
    expect(config.disableAsarIntegrity).not.toBe(true);
    const wire = await PlatformPackager.prototype.generateFuseConfig(config.electronFuses ?? {});
    expect(wire[FuseV1Options.RunAsNode!]).toBe(false);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable!]).toBe(false);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments!]).toBe(false);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation!]).toBe(true);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar!]).toBe(true);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges!]).toBe(false);
    // Every fuse is a decision written down in the config, none left to Electron's default.
    for (const fuse of Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key))))
      expect(wire, `fuse ${fuse}`).toHaveProperty(String(FuseV1Options[fuse]));
  });

  it('packs the whole build, the samples and package.json, and no sources, tests or tooling', () => {
    const { packed, candidates } = packedFiles();
    const samples = readdirSync(join(root, 'resources', 'samples')).map(
      (name) => `resources/samples/${name}`,
    );
    const appFiles = builtFiles.filter((file) => file !== 'out/main/bridge.js');
    expect([...packed].sort()).toEqual([...appFiles, ...samples, 'package.json'].sort());
    expect(samples.length).toBeGreaterThan(0);
    // No dead pattern: each one includes or excludes a file that exists.
    for (const pattern of config.files.flatMap((set) => set.filter ?? [])) {
      const glob = pattern.replace(/^!/, '');
      expect(
        candidates.some((file) => minimatch(file, glob, { dot: true })),
        `pattern ${pattern} matches no file of the build or the repository`,
      ).toBe(true);
    }
  });

  it('packs every file the main entry loads, and the npm packages main imports at run time', () => {
    const { packed } = packedFiles();
    const entry = posix.normalize(packageJson.main);
    const visit = (file: string, seen: Set<string>) => {
      if (seen.has(file)) return;
      seen.add(file);
      expect(packed, `${file} is loaded by ${entry} but not packed`).toContain(file);
      for (const specifier of importsOf(file).filter((name) => name.startsWith('.')))
        visit(posix.join(posix.dirname(file), specifier), seen);
    };
    visit(entry, new Set());
    // Loaded by path, not import: the preload and the page (and main's worker scripts,
    // which the whole-build check above covers).
    expect(packed).toContain('out/preload/index.cjs');
    expect(packed).toContain('out/renderer/index.html');

    // Any packed script of main may run (an entry, a chunk, a worker): the npm packages they
    // import are what the installed app needs. electron-builder ships `dependencies` (with
    // theirs) and nothing else from node_modules.
    const mainScripts = [...packed].filter((file) => /^out\/main\/.*\.js$/.test(file));
    const needed = [
      ...new Set(
        mainScripts
          .flatMap(importsOf)
          .filter((name) => !name.startsWith('.') && !isBuiltin(name) && name !== 'electron')
          .map(packageNameOf),
      ),
    ].sort();
    const dependencies = Object.keys(packageJson.dependencies ?? {});
    expect(
      needed.filter((name) => !dependencies.includes(name)),
      'imported by main at run time but not in `dependencies`: the installed app would fail',
    ).toEqual([]);
    expect(
      dependencies.filter((name) => !needed.includes(name)),
      'in `dependencies` but never imported by main: the renderer bundles it, so it belongs in devDependencies (else it ships in app.asar for nothing)',
    ).toEqual([]);
    // electron-builder refuses Electron in `dependencies`; it brings its own binary.
    expect(packageJson.devDependencies).toHaveProperty('electron');
  });

  it('keeps the sample articles where main reads them: inside app.asar', () => {
    const { packed } = packedFiles();
    const mainSource = readFileSync(join(root, 'main', 'index.ts'), 'utf8');
    expect(mainSource).toMatch(/join\(\s*app\.getAppPath\(\),\s*'resources',\s*'samples'\s*\)/);
    expect([...packed].some((file) => dirname(file) === 'resources/samples')).toBe(true);
    expect(existsSync(join(root, 'resources', 'samples'))).toBe(true);
  });

  it('keeps the library across installs: same user-data folder, kept on uninstall', () => {
    // Electron names the user-data folder (IndexedDB) after package.json, as `npm start` does.
    expect(config.extraMetadata?.name).toBeUndefined();
    expect(config.extraMetadata?.productName).toBeUndefined();
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });
});

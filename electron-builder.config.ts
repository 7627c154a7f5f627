/**
 * Installers (`npm run dist`, after `electron-vite build`): AppImage and deb on Linux, NSIS on
 * Windows, dmg on macOS, written to `release/`. A typed TypeScript file rather than YAML:
 * `satisfies Configuration` makes the typecheck refuse a misspelt option (an unknown fuse
 * name would otherwise be dropped without a word), comments sit beside each choice, and
 * `tests/unit/installer-config.test.ts` loads this very file the way electron-builder does.
 */
import type { Configuration } from 'electron-builder';

export default {
  appId: 'org.sourcemark.desktop',
  productName: 'Sourcemark',
  // Only the package.json `name` decides Electron's app name, hence the user-data folder
  // holding IndexedDB. Never override name or productName through `extraMetadata`: the
  // installed app would open an empty library beside the one `npm start` filled.
  directories: { output: 'release', buildResources: 'build' },
  // The app is the electron-vite build plus the sample articles, which main reads from
  // `join(app.getAppPath(), 'resources', 'samples')`: inside app.asar, through Electron's
  // asar-aware fs. `out/main/bridge.js` is the browser-mode HTTP host: not part of the app.
  // Production `dependencies` (what the main bundle imports at run time) are added by
  // electron-builder itself; the renderer and preload are bundled and need none.
  files: ['out/**', '!out/main/bridge.js', 'resources/samples/**', 'package.json'],
  asar: true,
  // No native modules: nothing to rebuild against Electron's headers.
  npmRebuild: false,
  // Building never uploads anything; publishing is a separate, deliberate step.
  publish: null,
  electronFuses: {
    // No `ELECTRON_RUN_AS_NODE`, `NODE_OPTIONS` or `--inspect`: the signed binary cannot be
    // turned into a general Node runtime or a debuggee. Main never forks a Node process.
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    // Only app.asar is loaded, and its hash is checked against the one electron-builder
    // embeds (Info.plist on macOS, an executable resource on Windows; Linux has no check).
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The page is served from `app://`, never `file://`.
    grantFileProtocolExtraPrivileges: false,
    // The app keeps no cookies (every request that is not `app://` is cancelled), so there
    // is nothing to encrypt, and the switch is one-way and asks the Linux keyring at start.
    // The data that matters, IndexedDB, is not covered by this fuse either way.
    enableCookieEncryption: false,
    // Would need a `browser_v8_context_snapshot.bin` that the build does not make.
    loadBrowserProcessSpecificV8Snapshot: false,
    // Flipping fuses breaks the ad-hoc signature of an unsigned arm64 build, which then will
    // not start; a signed build is signed again by electron-builder right after.
    resetAdHocDarwinSignature: true,
  },
  linux: {
    target: ['AppImage', 'deb'],
    executableName: 'sourcemark',
    category: 'Office',
    synopsis: 'Annotation workbench for news and disinformation analysts',
  },
  win: { target: ['nsis'] },
  nsis: {
    // Uninstalling or reinstalling keeps the analyst's library and annotations.
    deleteAppDataOnUninstall: false,
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
  },
} satisfies Configuration;

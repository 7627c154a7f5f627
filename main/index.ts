/**
 * Electron entry: app lifecycle only. Everything with logic lives in plain-Node modules
 * (main/host, main/ingest) so it is tested without Electron.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, shell, type BrowserWindow } from 'electron';
import { createGrantedSourcesFile, GRANTED_SOURCES_FILE_NAME } from './host/granted-sources-file';
import { createBackupStore } from './host/backup/backup-store';
import { createHandlerTable } from './host/handlers';
import { createLaunchPathQueue, parseLaunchPaths } from './host/launch-paths';
import { createPathGrantStore } from './host/path-grant-store';
import { createSourceWatcher } from './ingest/watch/source-watcher';
import { registerAppScheme, serveRenderer } from './electron/app-protocol';
import { installAppMenu } from './electron/app-menu';
import { createBackupSaveDialog } from './electron/backup-save-dialog';
import { createMainWindow } from './electron/main-window';
import { preloadPathFrom } from './electron/main-window-options';
import { createNativeDialogs } from './electron/native-dialogs';
import { registerIpcHandlers } from './electron/register-ipc';
import { installSecurityGuards } from './electron/security';
import { forwardSourceChanges } from './electron/source-events';

const mainDir = dirname(fileURLToPath(import.meta.url));
const launchCwd = process.env.INIT_CWD ?? process.cwd();
// Unpackaged, argv is [electron, appFolder, ...]; packaged, [sourcemark, ...].
const argvSkip = app.isPackaged ? 1 : 2;

let mainWindow: BrowserWindow | undefined;
const getWindow = () => mainWindow;

// Tests and side-by-side profiles point the app at their own data folder (IndexedDB lives there).
if (process.env.SOURCEMARK_USER_DATA) app.setPath('userData', process.env.SOURCEMARK_USER_DATA);
// Chromium reports `navigator.storage.estimate()` as usage + 10 GiB whatever the real quota
// (StaticStorageQuota, against fingerprinting), which would keep the 80 % warning of
// `renderer/src/storage/` from ever showing. The app serves only its own page: the real one.
app.commandLine.appendSwitch('disable-features', 'StaticStorageQuota');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  // What the user opened, the only paths main reads; the library's sources are remembered
  // in the data folder. Made before the second-instance handler, which grants too.
  const grants = createPathGrantStore({
    sourcesFile: createGrantedSourcesFile(join(app.getPath('userData'), GRANTED_SOURCES_FILE_NAME)),
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const paths = parseLaunchPaths(argv, { skip: argvSkip, cwd: workingDirectory });
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    if (paths.length === 0) return;
    // Granted before the page hears of them: it imports them at once.
    void grants
      .grantFiles(paths)
      .then(() => mainWindow?.webContents.send('sm:app:openPaths', paths));
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(() => {
    installSecurityGuards();
    serveRenderer(join(mainDir, '../renderer'));
    const launchPaths = createLaunchPathQueue(
      parseLaunchPaths(process.argv, { skip: argvSkip, cwd: launchCwd }),
    );
    const sources = createSourceWatcher();
    const table = createHandlerTable(
      {
        shell: 'electron',
        version: app.getVersion(),
        samplesDir: join(app.getAppPath(), 'resources', 'samples'),
        takeLaunchPaths: () => launchPaths.take(),
        ...createNativeDialogs(getWindow),
        // The path was checked by `host/reveal-file.ts`: a file the user opened, still there.
        showItemInFolder: (path) => shell.showItemInFolder(path),
      },
      {
        sources,
        grants,
        // Snapshots and browser-less backups live in the data folder, beside IndexedDB.
        backups: createBackupStore({
          dataDir: app.getPath('userData'),
          pickSavePath: createBackupSaveDialog(getWindow),
        }),
      },
    );
    registerIpcHandlers(table);
    const stopWatchingSources = forwardSourceChanges(sources, getWindow);
    app.on('will-quit', () => stopWatchingSources());
    installAppMenu(getWindow);
    mainWindow = createMainWindow(preloadPathFrom(mainDir));
    mainWindow.on('closed', () => (mainWindow = undefined));
  });
}

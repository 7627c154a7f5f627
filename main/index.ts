/**
 * Electron entry: app lifecycle only. Everything with logic lives in plain-Node modules
 * (main/host, main/ingest) so it is tested without Electron.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow } from 'electron';
import { createHandlerTable } from './host/handlers';
import { createLaunchPathQueue, parseLaunchPaths } from './host/launch-paths';
import { createSourceWatcher } from './ingest/watch/source-watcher';
import { registerAppScheme, serveRenderer } from './electron/app-protocol';
import { installAppMenu } from './electron/app-menu';
import { createMainWindow, preloadPathFrom } from './electron/main-window';
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

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const paths = parseLaunchPaths(argv, { skip: argvSkip, cwd: workingDirectory });
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    if (paths.length > 0) mainWindow.webContents.send('sm:app:openPaths', paths);
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
      },
      sources,
    );
    registerIpcHandlers(table);
    const stopWatchingSources = forwardSourceChanges(sources, getWindow);
    app.on('will-quit', () => stopWatchingSources());
    installAppMenu(getWindow);
    mainWindow = createMainWindow(preloadPathFrom(mainDir));
    mainWindow.on('closed', () => (mainWindow = undefined));
  });
}

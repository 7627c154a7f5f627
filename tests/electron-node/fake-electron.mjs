/**
 * A recording fake of the Electron main-process API that Sourcemark uses, for booting the
 * built `out/main/index.js` under plain Node (see README.md). It keeps Electron's rules
 * that the wiring depends on: schemes are registered before ready, the session, protocol
 * handlers and windows only after, one IPC handler per channel, and every web contents is
 * announced through `app`'s `web-contents-created`. An API the app starts to use and this
 * fake lacks fails the boot loudly (a missing named export, or a TypeError).
 */
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';

/** Everything the app registered, for the driver to call and report. */
export const recording = {
  isReady: false,
  privilegedSchemes: [],
  /** scheme → the `protocol.handle` handler */
  protocolHandlers: new Map(),
  /** channel → the `ipcMain.handle` listener */
  ipcHandlers: new Map(),
  beforeRequest: undefined,
  permissionRequestHandler: undefined,
  permissionCheckHandler: undefined,
  /** BrowserWindow instances, in creation order */
  windows: [],
  applicationMenu: undefined,
  paths: {},
  quitCalls: 0,
  /** `app.commandLine.appendSwitch` calls, as [switch, value] */
  switches: [],
  /** paths passed to `shell.showItemInFolder` */
  shownInFolder: [],
};

function assertReady(what) {
  if (!recording.isReady) throw new Error(`${what} is only available after app is ready`);
}

/** A web contents: events by EventEmitter, plus what the app calls on it. */
export class FakeWebContents extends EventEmitter {
  sent = [];
  windowOpenHandler = undefined;

  send(channel, ...args) {
    this.sent.push([channel, ...args]);
  }

  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  #resolveReady;
  #ready = new Promise((resolve) => (this.#resolveReady = resolve));

  whenReady() {
    return this.#ready;
  }

  requestSingleInstanceLock() {
    return true;
  }

  commandLine = {
    appendSwitch(name, value) {
      if (recording.isReady) throw new Error('command-line switches must be set before ready');
      recording.switches.push([name, value]);
    },
  };

  setPath(name, value) {
    recording.paths[name] = value;
  }

  getPath(name) {
    return recording.paths[name] ?? tmpdir();
  }

  getVersion() {
    return '0.0.0-fake';
  }

  /** The folder `electron .` was started in: the repository, where package.json is. */
  getAppPath() {
    return process.env.FAKE_ELECTRON_APP_PATH ?? process.cwd();
  }

  quit() {
    recording.quitCalls += 1;
  }

  /** For the driver: what Electron does once Chromium has started. */
  emulateReady() {
    recording.isReady = true;
    this.emit('ready', {});
    this.#resolveReady();
  }
}

export const app = new FakeApp();

export class BrowserWindow extends EventEmitter {
  static getAllWindows() {
    return [...recording.windows];
  }

  constructor(options = {}) {
    assertReady('new BrowserWindow');
    super();
    this.options = options;
    this.loadedUrls = [];
    this.webContents = new FakeWebContents();
    recording.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }

  loadURL(url) {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }

  show() {}
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return false;
  }
}

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    // Electron ignores (and warns about) a registration after ready: the scheme then has
    // no IndexedDB, so treat it as the error it is.
    if (recording.isReady) throw new Error('registerSchemesAsPrivileged after app ready');
    recording.privilegedSchemes.push(...schemes);
  },
  handle(scheme, handler) {
    assertReady('protocol.handle');
    if (recording.protocolHandlers.has(scheme)) throw new Error(`${scheme}: already handled`);
    recording.protocolHandlers.set(scheme, handler);
  },
};

const defaultSession = {
  webRequest: {
    // Electron accepts (listener) or (filter, listener).
    onBeforeRequest(filterOrListener, listener) {
      recording.beforeRequest = listener ?? filterOrListener;
    },
  },
  setPermissionRequestHandler(handler) {
    recording.permissionRequestHandler = handler;
  },
  setPermissionCheckHandler(handler) {
    recording.permissionCheckHandler = handler;
  },
};

export const session = {
  get defaultSession() {
    assertReady('session.defaultSession');
    return defaultSession;
  },
};

export const ipcMain = {
  handle(channel, listener) {
    if (recording.ipcHandlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    recording.ipcHandlers.set(channel, listener);
  },
  removeHandler(channel) {
    recording.ipcHandlers.delete(channel);
  },
};

export const Menu = {
  buildFromTemplate(template) {
    return { template };
  },
  setApplicationMenu(menu) {
    recording.applicationMenu = menu;
  },
};

export const dialog = {
  async showOpenDialog() {
    return { canceled: true, filePaths: [] };
  },
};

export const shell = {
  showItemInFolder(path) {
    recording.shownInFolder.push(path);
  },
};

export default { app, BrowserWindow, protocol, session, ipcMain, Menu, dialog, shell };

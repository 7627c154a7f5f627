/**
 * The main window's options, with the security settings the app relies on. Pure (types
 * only from `electron`), so a test reads them without a binary.
 */
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The options of the one application window, whose page gets `preloadPath` as its
 * sandboxed preload. The page has no Node and runs isolated from the preload: the
 * electron-vite template's `sandbox: false` must never come back.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: 'Sourcemark',
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}

/** Where electron-vite puts the preload bundle, relative to the main bundle's folder. */
export function preloadPathFrom(mainDir: string): string {
  return join(mainDir, '../preload/index.cjs');
}

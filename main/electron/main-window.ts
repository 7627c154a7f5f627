/** The one application window, loading the app's page. */
import { BrowserWindow } from 'electron';
import { APP_PAGE_URL } from './app-url';
import { mainWindowOptions } from './main-window-options';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_PAGE_URL);
  return window;
}

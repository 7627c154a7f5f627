/** The window the user works in: a sandboxed page with no Node and the bundled preload. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainWindowOptions, preloadPathFrom } from './main-window-options';

describe('mainWindowOptions', () => {
  it('isolates and sandboxes the page, with no Node in it', () => {
    expect(mainWindowOptions('/app/out/preload/index.cjs').webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('names the CommonJS preload bundle beside the main bundle', () => {
    expect(preloadPathFrom(join('/app', 'out', 'main'))).toBe(
      join('/app', 'out', 'preload', 'index.cjs'),
    );
  });
});

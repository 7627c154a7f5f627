import { describe, expect, it } from 'vitest';
import { sourcemarkConfigDir } from './config-dir';

describe('sourcemarkConfigDir', () => {
  it('follows each platform: XDG on Linux, Application Support on macOS, APPDATA on Windows', () => {
    expect(sourcemarkConfigDir({ env: {}, platform: 'linux', homeDir: '/home/ana' })).toBe(
      '/home/ana/.config/sourcemark',
    );
    expect(
      sourcemarkConfigDir({
        env: { XDG_CONFIG_HOME: '/data/ana/config' },
        platform: 'linux',
        homeDir: '/home/ana',
      }),
    ).toBe('/data/ana/config/sourcemark');
    expect(sourcemarkConfigDir({ env: {}, platform: 'darwin', homeDir: '/Users/ana' })).toBe(
      '/Users/ana/Library/Application Support/sourcemark',
    );
    expect(
      sourcemarkConfigDir({
        env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' },
        platform: 'win32',
        homeDir: 'C:\\Users\\ana',
      }),
    ).toBe('C:\\Users\\ana\\AppData\\Roaming\\sourcemark');
  });

  it('falls back sensibly when a variable is empty, relative or missing', () => {
    const linux = { platform: 'linux' as const, homeDir: '/home/ana' };
    expect(sourcemarkConfigDir({ ...linux, env: { XDG_CONFIG_HOME: '' } })).toBe(
      '/home/ana/.config/sourcemark',
    );
    // The XDG spec: a relative path is invalid and must be ignored.
    expect(sourcemarkConfigDir({ ...linux, env: { XDG_CONFIG_HOME: 'config' } })).toBe(
      '/home/ana/.config/sourcemark',
    );
    expect(sourcemarkConfigDir({ env: {}, platform: 'win32', homeDir: 'C:\\Users\\ana' })).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\sourcemark',
    );
  });

  it('lets SOURCEMARK_CONFIG_DIR override everything, so tests never touch the real folder', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(
        sourcemarkConfigDir({
          env: { SOURCEMARK_CONFIG_DIR: '/tmp/sm-test', XDG_CONFIG_HOME: '/x', APPDATA: 'C:\\y' },
          platform,
          homeDir: '/home/ana',
        }),
      ).toBe('/tmp/sm-test');
    }
  });
});

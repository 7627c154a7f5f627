/**
 * Where Sourcemark keeps its own settings on this machine (today: the browser mode's port),
 * by each platform's convention. Pure, so every platform's answer is tested on any other.
 */
import { posix, win32 } from 'node:path';

const APP_FOLDER = 'sourcemark';

export interface ConfigDirInputs {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  homeDir: string;
}

/**
 * The settings folder: `SOURCEMARK_CONFIG_DIR` when set (tests point it at a temp folder);
 * else `%APPDATA%\sourcemark` on Windows, `~/Library/Application Support/sourcemark` on
 * macOS, and `$XDG_CONFIG_HOME/sourcemark` or `~/.config/sourcemark` elsewhere. An empty
 * variable counts as unset; a relative `XDG_CONFIG_HOME` is ignored, as the XDG spec says.
 */
export function sourcemarkConfigDir({ env, platform, homeDir }: ConfigDirInputs): string {
  const override = env.SOURCEMARK_CONFIG_DIR;
  if (override) return override;
  if (platform === 'win32') {
    const appData = env.APPDATA || win32.join(homeDir, 'AppData', 'Roaming');
    return win32.join(appData, APP_FOLDER);
  }
  if (platform === 'darwin') {
    return posix.join(homeDir, 'Library', 'Application Support', APP_FOLDER);
  }
  const xdg = env.XDG_CONFIG_HOME;
  const base = xdg && posix.isAbsolute(xdg) ? xdg : posix.join(homeDir, '.config');
  return posix.join(base, APP_FOLDER);
}

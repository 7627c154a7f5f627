/**
 * What the handler table needs from the shell it runs in. Electron fills it with native
 * dialogs; the loopback bridge with answers fed by a test or by the user's typed paths.
 * Keeping this seam narrow is what lets the same handlers serve IPC and HTTP.
 */
export interface HostServices {
  shell: 'electron' | 'browser';
  version: string;
  /** Folder holding the bundled sample articles. */
  samplesDir: string;
  /** Absolute paths chosen by the user; `undefined` when this shell has no file dialog. */
  pickFiles(): Promise<string[] | undefined>;
  /** An absolute folder path, `null` when cancelled, `undefined` when there is no dialog. */
  pickFolder(): Promise<string | null | undefined>;
  /** Command-line article paths, absolute; each is handed out once. */
  takeLaunchPaths(): string[];
  /** Shows a file in the system's file manager; absent where there is none (browser mode). */
  showItemInFolder?(path: string): void;
}

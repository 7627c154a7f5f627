/**
 * Dialog answers for browser mode, where there is no native picker. Tests feed answers
 * through the bridge; with none queued the handlers report `dialog-unavailable` and the
 * renderer offers to type a path instead.
 */
export interface DialogQueue {
  pushFiles(paths: string[]): void;
  pushFolder(path: string | null): void;
  pickFiles(): Promise<string[] | undefined>;
  pickFolder(): Promise<string | null | undefined>;
}

export function createDialogQueue(): DialogQueue {
  const files: string[][] = [];
  const folders: (string | null)[] = [];
  return {
    pushFiles: (paths) => void files.push(paths),
    pushFolder: (path) => void folders.push(path),
    pickFiles: async () => files.shift(),
    pickFolder: async () => (folders.length > 0 ? folders.shift() : undefined),
  };
}

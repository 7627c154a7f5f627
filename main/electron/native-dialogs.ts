/** Native open dialogs, as the HostServices the handler table needs. */
import { dialog, type BrowserWindow } from 'electron';
import { SUPPORTED_EXTENSIONS } from '../ingest/limits';

const articleFilter = {
  name: 'Articles',
  extensions: SUPPORTED_EXTENSIONS.map((ext) => ext.slice(1)),
};

export function createNativeDialogs(getWindow: () => BrowserWindow | undefined) {
  return {
    async pickFiles(): Promise<string[]> {
      const window = getWindow();
      const options = {
        title: 'Open articles',
        properties: ['openFile', 'multiSelections'] as const,
        filters: [articleFilter, { name: 'All files', extensions: ['*'] }],
      };
      const result = window
        ? await dialog.showOpenDialog(window, { ...options, properties: [...options.properties] })
        : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
      return result.canceled ? [] : result.filePaths;
    },
    async pickFolder(): Promise<string | null> {
      const window = getWindow();
      const options = {
        title: 'Open a folder of articles',
        properties: ['openDirectory' as const],
      };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}

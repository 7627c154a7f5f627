/** The application menu; commands are forwarded to the renderer as `sm:app:menu` events. */
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { HostEvents, MenuCommand } from '../../preload/api';

export function installAppMenu(getWindow: () => BrowserWindow | undefined): void {
  const send = (command: MenuCommand) => {
    const payload: HostEvents['sm:app:menu'] = command;
    getWindow()?.webContents.send('sm:app:menu', payload);
  };
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Open Files…', accelerator: 'CmdOrCtrl+O', click: () => send('open-files') },
        {
          label: 'Open Folder…',
          accelerator: 'CmdOrCtrl+Shift+O',
          click: () => send('open-folder'),
        },
        { type: 'separator' },
        { label: 'Import Annotations…', click: () => send('import-set') },
        { label: 'Export Annotations…', click: () => send('export-set') },
        { type: 'separator' },
        { label: 'Back up Workspace…', click: () => send('backup-workspace') },
        { label: 'Restore…', click: () => send('restore-workspace') },
        { type: 'separator' },
        { label: 'Library', accelerator: 'CmdOrCtrl+L', click: () => send('show-library') },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: '&Review',
      submenu: [
        { label: 'Compare Sets…', click: () => send('open-review') },
        { label: 'Agreement…', click: () => send('open-agreement') },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

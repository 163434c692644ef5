import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';

export interface MenuOptions {
  platform: NodeJS.Platform;
  isDev: boolean;
  appName: string;
  send: (command: MenuCommand) => void;
}

/** The standard application menu, plus Inkpress's own commands (sent to the window). */
export function buildMenuTemplate({ platform, isDev, appName, send }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Draft', accelerator: 'CmdOrCtrl+N', click: () => send('new-draft') },
      // The page handles Ctrl/Cmd+K itself (also in the editor); the menu only shows the key.
      { label: 'Open Quickly…', accelerator: 'CmdOrCtrl+K', registerAccelerator: false, click: () => send('quick-open') },
      { type: 'separator' },
      { label: 'Export as HTML…', accelerator: 'CmdOrCtrl+Shift+E', click: () => send('export-html') },
      { type: 'separator' },
      // No accelerator: Ctrl+Backspace deletes a word and Cmd+Backspace a line while typing.
      { label: 'Move Draft to Trash', click: () => send('delete-draft') },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(isDev ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[]) : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  return [
    ...appMenu,
    file,
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
  ];
}

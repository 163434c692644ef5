import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import { PAGE_SHORTCUTS } from '../../shared/pageShortcuts';
import type { Settings } from '../../shared/settings';

export interface MenuOptions {
  platform: NodeJS.Platform;
  isDev: boolean;
  appName: string;
  send: (command: MenuCommand) => void;
  /** The View menu's check marks show these; the menu is rebuilt when they change. */
  settings: Pick<Settings, 'focusMode' | 'typewriterScrolling'>;
}

/** The standard application menu, plus Inkpress's own commands (sent to the window). */
export function buildMenuTemplate({ platform, isDev, appName, send, settings }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const preferences: MenuItemConstructorOptions = {
    label: 'Preferences…',
    accelerator: PAGE_SHORTCUTS.preferences.accelerator,
    registerAccelerator: false,
    click: () => send(PAGE_SHORTCUTS.preferences.command),
  };
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            preferences,
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
      { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => send('import-file') },
      { type: 'separator' },
      { label: 'Export as HTML…', accelerator: 'CmdOrCtrl+Shift+E', click: () => send('export-html') },
      { label: 'Export as Markdown…', click: () => send('export-markdown') },
      { label: 'Publish Site…', accelerator: 'CmdOrCtrl+Shift+P', click: () => send('publish-site') },
      { type: 'separator' },
      // No accelerator: Ctrl+Backspace deletes a word and Cmd+Backspace a line while typing.
      { label: 'Move Draft to Trash', click: () => send('delete-draft') },
      { type: 'separator' },
      // On macOS Preferences… belongs to the app menu.
      ...(isMac ? [] : ([preferences, { type: 'separator' }] as MenuItemConstructorOptions[])),
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(isDev ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[]) : []),
      // Checking a box only asks the page; the mark follows the saved setting when the menu is rebuilt.
      {
        label: 'Focus Mode',
        type: 'checkbox',
        checked: settings.focusMode,
        accelerator: PAGE_SHORTCUTS.focusMode.accelerator,
        registerAccelerator: false,
        click: () => send(PAGE_SHORTCUTS.focusMode.command),
      },
      {
        label: 'Typewriter Scrolling',
        type: 'checkbox',
        checked: settings.typewriterScrolling,
        accelerator: PAGE_SHORTCUTS.typewriterScrolling.accelerator,
        registerAccelerator: false,
        click: () => send(PAGE_SHORTCUTS.typewriterScrolling.command),
      },
      {
        label: 'Distraction-Free Writing',
        accelerator: PAGE_SHORTCUTS.distractionFree.accelerator,
        registerAccelerator: false,
        click: () => send(PAGE_SHORTCUTS.distractionFree.command),
      },
      { type: 'separator' },
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

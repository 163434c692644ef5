import path from 'node:path';
import { BrowserWindow, Menu, nativeTheme, type IpcMain } from 'electron';
import { READY_TO_CLOSE } from '../../shared/ipc/contract';
import { installContextMenu } from './contextMenu';

/** How long the window may take to save its last keystrokes before it closes anyway. */
export const CLOSE_GRACE_MS = 3000;

export interface MainWindowOptions {
  preloadPath: string;
  url: string;
  ipcMain: IpcMain;
}

/** The webPreferences every Inkpress window uses; tested, because each one is a security line. */
export function secureWebPreferences(preloadPath: string): Electron.WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Always on here: a page made without it can never check spelling, so turning the setting
    // on later would need a new window. The setting switches the session's spell checker and
    // the editor's spellcheck attribute instead, both of which take effect at once.
    spellcheck: true,
  };
}

export function createMainWindow({ preloadPath, url, ipcMain }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 560,
    show: false,
    title: 'Inkpress',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1a18' : '#fbfaf7',
    webPreferences: secureWebPreferences(path.resolve(preloadPath)),
  });
  window.once('ready-to-show', () => window.show());
  guardCloseUntilSaved(window, ipcMain);
  installContextMenu(window, Menu);
  // Leaving full screen from the title bar or the OS also ends distraction-free writing.
  window.on('leave-full-screen', () => {
    if (!window.isDestroyed()) window.webContents.send('window:left-full-screen', null);
  });
  void window.loadURL(url);
  return window;
}

/**
 * Closing asks the page to save what was typed since the last autosave, and waits for its
 * answer (or a short grace period if the page is hung) before the window really closes.
 */
export function guardCloseUntilSaved(window: BrowserWindow, ipcMain: IpcMain): void {
  let closing = false;
  let rendererGone = false;
  window.webContents.on('render-process-gone', () => {
    rendererGone = true;
  });
  window.on('close', (event) => {
    // A crashed page cannot answer; its last autosave is all there is.
    if (rendererGone) return;
    // Closing again while the page is still saving must not cut that save short: the grace
    // timer below closes the window in any case.
    event.preventDefault();
    if (closing) return;
    closing = true;
    const contents = window.webContents;
    const finish = (): void => {
      clearTimeout(timer);
      ipcMain.removeListener(READY_TO_CLOSE, onReady);
      if (!window.isDestroyed()) window.destroy();
    };
    const onReady = (readyEvent: Electron.IpcMainEvent): void => {
      if (readyEvent.sender === contents) finish();
    };
    ipcMain.on(READY_TO_CLOSE, onReady);
    const timer = setTimeout(finish, CLOSE_GRACE_MS);
    contents.send('app:before-close', null);
  });
}

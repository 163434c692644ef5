import path from 'node:path';
import { dialog, nativeTheme, shell, type BrowserWindow, type Session } from 'electron';
import type { AppEvent, AppEvents } from '../../shared/ipc/contract';
import type { Settings } from '../../shared/settings';
import type { Logger } from '../core/dispatch';
import { AppError } from '../core/errors';
import type { ShellPorts } from '../core/handlers';
import { applySpellcheck, spellingLanguagesOf } from './spellcheck';

export interface ElectronShellOptions {
  session: Session;
  platform: NodeJS.Platform;
  /** app.getLocale(): picks the dictionary when the writer has chosen none. */
  locale: () => string;
  /** Where save dialogs start. */
  documentsDir: () => string;
  /** The window dialogs belong to and full screen applies to, if one is open. */
  window: () => BrowserWindow | null;
  /** Sends an event to every open window. */
  broadcast: <E extends AppEvent>(event: E, payload: AppEvents[E]) => void;
  /** After the shell applied new settings (the menu's check marks follow them). */
  onSettingsApplied: (settings: Settings) => void;
  log: Logger;
}

export interface ElectronShell extends ShellPorts {
  /** Applies the stored settings at startup: the theme before the window exists, so it opens in the right colours. */
  applySettings(settings: Settings): void;
}

/** The Electron side of ShellPorts: native dialogs, the window's full screen, the theme and spell checker. */
export function createElectronShell(options: ElectronShellOptions): ElectronShell {
  const { session, platform, log } = options;

  const applySettings = (settings: Settings): void => {
    // Native UI (menus, dialogs, the title bar) and the page's prefers-color-scheme follow this.
    nativeTheme.themeSource = settings.theme;
    applySpellcheck(session, settings.spellcheck, { platform, locale: options.locale(), log });
    options.onSettingsApplied(settings);
  };

  return {
    applySettings,

    async chooseSavePath({ title, defaultName, filters }) {
      const dialogOptions = { title, defaultPath: path.join(options.documentsDir(), defaultName), filters };
      const window = options.window();
      const result = window ? await dialog.showSaveDialog(window, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
      return result.canceled || !result.filePath ? null : result.filePath;
    },

    async chooseOpenPath({ title, filters }) {
      const dialogOptions: Electron.OpenDialogOptions = { title, defaultPath: options.documentsDir(), filters, properties: ['openFile'] };
      const window = options.window();
      const result = window ? await dialog.showOpenDialog(window, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
      const [file] = result.filePaths;
      return result.canceled || !file ? null : file;
    },

    async chooseFolder({ title, buttonLabel, defaultPath }) {
      const dialogOptions: Electron.OpenDialogOptions = {
        title,
        buttonLabel,
        defaultPath: defaultPath ?? options.documentsDir(),
        // createDirectory is macOS's; the other systems' folder dialogs can always make one.
        properties: ['openDirectory', 'createDirectory'],
      };
      const window = options.window();
      const result = window ? await dialog.showOpenDialog(window, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
      const [folder] = result.filePaths;
      return result.canceled || !folder ? null : folder;
    },

    async openFolder(dir) {
      // shell.openPath answers with an error message, or '' when the file manager opened it.
      const problem = await shell.openPath(dir);
      if (problem) throw new AppError('IO', `Could not open the folder ${dir}: ${problem}`);
    },

    async openInBrowser(fileUrl) {
      // Local pages only; links to the web go through the window's own link handler.
      if (!URL.canParse(fileUrl) || new URL(fileUrl).protocol !== 'file:') throw new AppError('FORBIDDEN', 'Only a page on this computer can be opened here.');
      await shell.openExternal(fileUrl);
    },

    siteExportProgress(progress) {
      options.broadcast('site:export-progress', progress);
    },

    spellingLanguages: () => spellingLanguagesOf(session, platform),

    setFullScreen(fullScreen) {
      const window = options.window();
      const wasFullScreen = window?.isFullScreen() ?? false;
      if (window && wasFullScreen !== fullScreen) window.setFullScreen(fullScreen);
      return { wasFullScreen };
    },

    settingsChanged(settings) {
      try {
        applySettings(settings);
      } catch (error) {
        // The settings are saved either way; the page still applies its own part below.
        log('Could not apply the new settings to the shell', error);
      }
      options.broadcast('settings:changed', settings);
    },
  };
}

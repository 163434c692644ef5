/**
 * The Electron entry point: a thin shell around src/main/core. It owns only what needs
 * Electron (windows, menus, dialogs, the app:// protocol, IPC transport); all behaviour
 * lives in the core, where it is tested without the Electron binary.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import { CONTENT_SECURITY_POLICY } from '../../shared/contentSecurityPolicy';
import type { Settings } from '../../shared/settings';
import { createHandlers } from '../core/handlers';
import { createServices, type Services } from '../core/services';
import { changesSitePosts, createBackgroundPreparation, type BackgroundPreparation } from '../core/site/backgroundPreparation';
import { registerIpc } from './ipc';
import { createMainWindow } from './mainWindow';
import { buildMenuTemplate } from './menu';
import { APP_ENTRY_URL, APP_ORIGIN, registerAppScheme, serveRenderer } from './rendererProtocol';
import { hardenSession, hardenWebContents, isTrustedSender } from './security';
import { createElectronShell } from './shellPorts';

const ASSET_GC_DELAY_MS = 60_000;
const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const appOrigins = [APP_ORIGIN, ...(devServerUrl ? [new URL(devServerUrl).origin] : [])];

const log = (message: string, error?: unknown): void => {
  // Messages name channels and reasons only; drafts and secrets are never logged.
  console.error(`[inkpress] ${message}`, error instanceof Error ? error.stack : (error ?? ''));
};

/**
 * Unpackaged (npm start), better-sqlite3 in node_modules is built for Node, for the CLI and
 * the tests; scripts/prepare-electron-native.mjs puts an Electron build beside it. A packaged
 * app has its modules rebuilt for Electron in place, so it uses the default.
 */
function electronNativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const candidate = path.join(app.getAppPath(), '.electron-native/node_modules/better-sqlite3/build/Release/better_sqlite3.node');
  return fs.existsSync(candidate) ? candidate : undefined;
}

registerAppScheme(protocol);
// Each new page gets the same guards, whatever opened it.
app.on('web-contents-created', (_event, contents) => {
  hardenWebContents(contents, appOrigins, (url) => void shell.openExternal(url));
});

if (!app.requestSingleInstanceLock()) {
  // Another Inkpress is running: it gets focus (second-instance below) and this one leaves.
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let services: Services | null = null;
  let preparation: BackgroundPreparation | null = null;
  // Quitting (Cmd+Q, the menu) closes the window, which first waits for the page to save and
  // so cancels the quit; once the window is really closed, quit again.
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });

  const openWindow = (): void => {
    mainWindow = createMainWindow({
      preloadPath: path.join(here, '../preload/index.cjs'),
      url: devServerUrl ?? APP_ENTRY_URL,
      ipcMain,
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
      if (quitting) app.quit();
    });
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app
    .whenReady()
    .then(() => {
      const dataDir = process.env.INKPRESS_DATA_DIR || app.getPath('userData');
      const opened = createServices({ dataDir, nativeBinding: electronNativeBinding() });
      services = opened;
      // The site's post bodies are prepared while the writer is not saving, for a fast export.
      preparation = createBackgroundPreparation({ prepare: ({ signal }) => opened.site.preparePostBodies({ signal }), log });
      const send = (command: MenuCommand): void => mainWindow?.webContents.send('menu:command', command);
      const setMenu = (settings: Settings): void =>
        Menu.setApplicationMenu(
          Menu.buildFromTemplate(
            buildMenuTemplate({ platform: process.platform, isDev: Boolean(devServerUrl), appName: app.getName(), send, settings }),
          ),
        );
      const electronShell = createElectronShell({
        session: session.defaultSession,
        platform: process.platform,
        locale: () => app.getLocale(),
        documentsDir: () => app.getPath('documents'),
        window: () => mainWindow,
        broadcast: (event, payload) => {
          for (const window of BrowserWindow.getAllWindows()) window.webContents.send(event, payload);
        },
        onSettingsApplied: setMenu,
        log,
      });
      // Before the window opens, so it opens in the chosen theme with the menu's marks right.
      electronShell.applySettings(services.settings.get());
      registerIpc(
        ipcMain,
        createHandlers(services, electronShell),
        (event) => isTrustedSender(event.senderFrame, appOrigins),
        log,
        (channel) => {
          if (changesSitePosts(channel)) preparation?.noteChange();
        },
      );

      hardenSession(session.defaultSession);
      if (devServerUrl) {
        // The dev server's hot reload needs inline scripts and a websocket; production never does.
        session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
          callback({
            responseHeaders: {
              ...details.responseHeaders,
              'Content-Security-Policy': [
                CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
                  "connect-src 'self'",
                  "connect-src 'self' ws:",
                ),
              ],
            },
          });
        });
      } else {
        // The page's relative library-assets/ image URLs resolve to app://inkpress/library-assets/.
        serveRenderer(protocol, net, path.join(here, '../renderer'), { assetsDir: services.assets.dir });
      }

      openWindow();
      // Images no draft or revision uses any more are removed once per run, after the
      // writer has had the window for a while (recent imports are always kept).
      const garbageTimer = setTimeout(() => {
        try {
          services?.assets.collectGarbage();
        } catch (error) {
          log('Collecting unused images failed', error);
        }
      }, ASSET_GC_DELAY_MS);
      garbageTimer.unref();
      preparation.start();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openWindow();
      });
    })
    .catch((error: unknown) => {
      log('Inkpress could not start', error);
      dialog.showErrorBox('Inkpress could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    // Stopped first: a run going on ends at its next step, and never delays quitting.
    preparation?.stop();
    services?.close();
  });
}
